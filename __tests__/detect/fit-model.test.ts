import { describe, expect, test } from '@jest/globals';
import { examples, fit } from '../../scripts/fit-spin-model.ts';
import { swapModel, type Logistic } from '../../src/detect/swap-model.ts';
import { thesaurusAvailable } from '../../eval/thesaurus-spinner.ts';
import { trigramAvailable } from '../../src/lexicon/trigram-lm.ts';
import { aiksaurusAvailable } from '../../eval/aiksaurus.ts';

/**
 * The committed weights are data with a provenance: the committed script, run on the training half,
 * must give them back. A change to the evidence or the candidates without a refit fails here.
 */
// The fit reads the evaluation's two thesauri (Debian mythes-en-us, libaiksaurus-1.2-data) and the language-model evidence reads the
// CMU trigram model (Debian pocketsphinx-en-us), both installed by .ci/run; without them the test is
// skipped, so that `npm ci && npm test` passes on a fresh machine.
const withThesaurus = thesaurusAvailable() && aiksaurusAvailable() && trigramAvailable() ? describe : describe.skip;

withThesaurus('corpus/models/spun-swap.json (needs Debian mythes-en-us, libaiksaurus-1.2-data and pocketsphinx-en-us)', () => {

  test('is what scripts/fit-spin-model.ts fits on the training half (no held-out example used)', () => {
    const all = examples();
    const train = all.filter((e) => e.split === 'train');
    expect(train.length).toBeGreaterThan(500);
    const fresh = fit(train);
    const committed = swapModel();
    const close = (a: Logistic, b: Logistic) => {
      expect(Object.keys(a.weights).sort()).toEqual(Object.keys(b.weights).sort());
      expect(a.bias).toBeCloseTo(b.bias, 2);
      for (const [f, w] of Object.entries(a.weights)) expect({ f, w }).toEqual({ f, w: expect.closeTo(b.weights[f as keyof typeof b.weights]!, 2) });
    };
    close(fresh.context, committed.context);
    close(fresh.lexical, committed.lexical);
    expect(fresh.stack.bias).toBeCloseTo(committed.stack.bias, 2);
    expect(fresh.stack.lexical).toBeCloseTo(committed.stack.lexical, 2);
  }, 120_000);
});
