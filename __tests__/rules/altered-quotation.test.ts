import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quoteChanges } from '../../src/text/quotations.ts';
import { seedPair, SEED_DIR } from '../helpers/seed.ts';
import { audit } from '../../src/audit.ts';
import { findingsOf } from './helpers.ts';

const INTRO = 'Italy is weighing a role in the stabilization force for Gaza, officials in Rome said on Tuesday.';
const OUTRO = 'A decision is expected before the end of the month, according to the same officials.';
const QUOTE = 'We will not send soldiers to Gaza, but we will train the future police force';
const SOURCE = `${INTRO}\n\n“${QUOTE},” Defense Minister Guido Crosetto told reporters in Rome.\n\n${OUTRO}\n`;

interface Row {
  name: string;
  target: string;
  /** The flagged quotations, in order, with words of the message; empty for no finding. */
  expected: { text: string; message?: string[] }[];
}

const rows: Row[] = [
  {
    name: 'one word swapped inside an aligned sentence',
    target: `${INTRO}\n\n“We will not send soldiers to Gaza, but we will coach the future police force,” Defense Minister Guido Crosetto told reporters in Rome.\n\n${OUTRO}\n`,
    expected: [{ text: 'We will not send soldiers to Gaza, but we will coach the future police force,', message: ['“coach” for “train”'] }],
  },
  {
    name: 'several words swapped and the quote split over two target sentences',
    target: `${INTRO}\n\nDefense Minister Guido Crosetto spoke to reporters. “We will not dispatch soldiers to Gaza. But we will coach the future police force,” he said in the capital.\n\n${OUTRO}\n`,
    expected: [{ text: 'We will not dispatch soldiers to Gaza. But we will coach the future police force,', message: ['“dispatch” for “send”', '“coach” for “train”'] }],
  },
  {
    name: 'the quote cut in two quotations around the attribution, words swapped in each',
    target: `${INTRO}\n\n“We will not dispatch soldiers to Gaza,” Defense Minister Guido Crosetto told reporters in Rome. “But we will coach the future police pressure.”\n\n${OUTRO}\n`,
    expected: [
      { text: 'We will not dispatch soldiers to Gaza,', message: ['“dispatch” for “send”', QUOTE] },
      { text: 'But we will coach the future police pressure.', message: ['“coach” for “train”', '“pressure” for “force”'] },
    ],
  },
  {
    name: 'the altered quote moved to a sentence with no source',
    target: `${INTRO} The minister was blunt: “We will not send troops to Gaza, but we will train the future police pressure.”\n\n${OUTRO}\n`,
    expected: [{ text: 'We will not send troops to Gaza, but we will train the future police pressure.', message: ['“troops” for “soldiers”', '“pressure” for “force”'] }],
  },
  {
    name: 'a neighbouring quotation of other words is not taken for a part of the altered one',
    target: `${INTRO}\n\n“We will not dispatch soldiers to Gaza,” Defense Minister Guido Crosetto told reporters in Rome. “Budgets are tight this winter.”\n\n${OUTRO}\n`,
    expected: [{ text: 'We will not dispatch soldiers to Gaza,', message: ['“dispatch” for “send”'] }],
  },
  {
    name: 'a verbatim quote moved elsewhere and reworded around',
    target: `${OUTRO}\n\nTalking to reporters in Rome, Guido Crosetto, the defense minister, was clear: “${QUOTE}.”\n\n${INTRO}\n`,
    expected: [],
  },
  {
    name: 'a paraphrase outside quotation marks',
    target: `${INTRO}\n\nDefense Minister Guido Crosetto told reporters in Rome that Italy would not dispatch soldiers to Gaza but would coach its future police force.\n\n${OUTRO}\n`,
    expected: [],
  },
  {
    name: 'an unrelated quotation in a sentence with no source',
    target: `${INTRO}\n\n“${QUOTE},” Defense Minister Guido Crosetto told reporters in Rome. Analysts called it “a cautious and carefully limited commitment”.\n\n${OUTRO}\n`,
    expected: [],
  },
];

describe('altered-quotation across restructured sentences', () => {
  test.each(rows)('$name', ({ target, expected }) => {
    const findings = findingsOf('altered-quotation', SOURCE, target);
    expect(findings.map((f) => f.target?.text)).toEqual(expected.map((e) => e.text));
    findings.forEach((f, i) => {
      // The evidence is the source quotation, the suggestion its verbatim words.
      expect(f.source?.text).toBe(`${QUOTE},`);
      expect(f.suggestion).toBe(QUOTE);
      for (const words of expected[i]!.message ?? []) expect(f.message).toContain(words);
      // Quoting part of the source quotation is not a change: only swapped or added words are named.
      expect(f.message).not.toContain('left out');
      expect(f.confidence).toBeGreaterThanOrEqual(0.5);
    });
  });
});

describe('quoteChanges', () => {
  test('names each run of changed words, on both sides', () => {
    const words = (s: string) => s.split(' ');
    expect(quoteChanges(words('we will train the police force'), words('we will coach the police force now'))).toEqual([
      { source: ['train'], target: ['coach'] },
      { source: [], target: ['now'] },
    ]);
    expect(quoteChanges(words('a b c'), words('a b c'))).toEqual([]);
    expect(quoteChanges(words('a b'), words('x a b'))).toEqual([{ source: [], target: ['x'] }]);
    // Part of the source quoted: the words before and after the quoted part are not changes; inside, they are.
    expect(quoteChanges(words('we will send soldiers but we will train police'), words('send troops but we will'))).toEqual([{ source: ['soldiers'], target: ['troops'] }]);
    expect(quoteChanges(words('a b c d'), words('a d'))).toEqual([{ source: ['b', 'c'], target: [] }]);
  });
});

describe('the seed pair', () => {
  test('the one altered quotation of its gold is found, and no other quotation is flagged', () => {
    const { source, target } = seedPair();
    const gold = JSON.parse(readFileSync(join(SEED_DIR, 'gold.json'), 'utf8')) as { items: { kind: string; target: { text: string } | null }[] };
    const goldQuotes = gold.items.filter((i) => i.kind === 'altered-quotation').map((i) => i.target!.text);
    const findings = audit(source, target, { now: new Date(0) }).findings.filter((f) => f.rule === 'altered-quotation');
    expect(findings.map((f) => f.target?.text)).toEqual(goldQuotes);
    expect(findings[0]!.message).toContain('“arrive” for “come”');
  });
});

describe('altered-quotation: a source quotation changed where the target marks no quotation', () => {
  const SRC = 'She said: “We ask everyone to please respect the family’s privacy at this time.” The funeral is on Friday.';

  test('quote marks dropped and words changed: the changed stretch, with the source quotation as evidence', () => {
    const found = findingsOf('altered-quotation', SRC, 'She said: We ask everyone to respect the privacy of the family at this time. The funeral is on Friday.');
    expect(found.map((f) => ({ text: f.target?.text, source: f.source?.text, gated: f.confidence >= 0.5, severity: f.severity }))).toEqual([
      { text: 'respect the privacy of the family', source: 'We ask everyone to please respect the family’s privacy at this time.', gated: true, severity: 'major' },
    ]);
    expect(found[0]!.message).toMatch(/does not mark them as a quotation/);
  });

  test('a broken closing mark (“… at this time. “) hides the quotation from the first pass, not from this one', () => {
    const found = findingsOf('altered-quotation', SRC, 'She stated: “We ask everybody to please respect the household’s privacy at this time. “ The funeral is on Friday.');
    expect(found.map((f) => f.target?.text)).toEqual(['everybody to please respect the household’s']);
  });

  test('quote marks dropped, words kept: nothing (the words are verbatim)', () => {
    expect(findingsOf('altered-quotation', SRC, 'She stated: We ask everyone to please respect the family’s privacy at this time. The funeral is on Friday.')).toEqual([]);
  });
});

describe('altered-quotation: a quotation respelt for another market', () => {
  const SRC = 'He told the judge: “Yes, your honor, I understand the charges.” The hearing ended.';
  test('British for American spelling only: the words are the speaker\'s', () => {
    expect(findingsOf('altered-quotation', SRC, 'He told the judge: “Yes, your honour, I understand the charges.” The hearing ended.')).toEqual([]);
  });
  test('a short reply quoted as its own sentence, respelt only, is not reported either', () => {
    const source = 'The judge asked whether he understood that he could go to prison.\n\n“Yes, your honor,” he replied.\n\nThe hearing ended an hour later.';
    const target = 'The judge asked whether he understood that he could go to prison.\n\n“Yes, your honour,” he replied.\n\nThe hearing ended an hour later.';
    expect(findingsOf('altered-quotation', source, target)).toEqual([]);
    expect(findingsOf('altered-quotation', source, target.replace('your honour', 'your lordship')).map((f) => f.target?.text)).not.toEqual([]);
  });
  test('the same letters hyphenated or spaced another way are the speaker\'s words ("pre-season" for "preseason")', () => {
    const source = 'Alcaraz wrote: “When I was at my best in preseason, I picked up an injury.” He will miss the event.';
    expect(findingsOf('altered-quotation', source, source.replace('preseason', 'pre-season'))).toEqual([]);
    expect(findingsOf('altered-quotation', source, source.replace('preseason', 'pre season'))).toEqual([]);
  });
  test('a changed word beside the respelt one is still reported', () => {
    const found = findingsOf('altered-quotation', SRC, 'He told the judge: “Yes, your honour, I realise the charges.” The hearing ended.');
    expect(found.map((f) => f.target?.text)).toEqual(['Yes, your honour, I realise the charges.']);
  });
});

describe('altered-quotation: quotations in single quote marks, as British papers quote', () => {
  const SRC = "The singer apologised to her fans, saying: 'We really tried to finish the show tonight in Miami.' The players' union said nothing.";
  test('a single-quoted source quote with its words moved in a double-quoted target quote is reported', () => {
    const found = findingsOf('altered-quotation', SRC, "The singer apologised to her fans, saying: “We really tried to finish the show in Miami tonight.” The players' union said nothing.");
    expect(found.map((f) => f.target?.text)).toEqual(['We really tried to finish the show in Miami tonight.']);
    expect(found[0]!.source?.text).toBe('We really tried to finish the show tonight in Miami.');
  });
  test('the same words in other quote marks are verbatim, and an apostrophe opens no quotation', () => {
    expect(findingsOf('altered-quotation', SRC, "The singer apologised to her fans, saying: “We really tried to finish the show tonight in Miami.” The players' union said nothing.")).toEqual([]);
    expect(findingsOf('altered-quotation', "Fans said the players' union was wrong and the club's 'no comment' stood.", "Fans said the players' union was mistaken and the club's 'no comment' stood.")).toEqual([]);
  });
  test('curly single quotes, with the apostrophe of a contraction inside', () => {
    const found = findingsOf('altered-quotation', 'She wrote: ‘We’re going to get this back on track’ Truss said.', 'She wrote: ‘We are going to get this back on course’ Truss said.');
    expect(found.map((f) => f.target?.text)).toEqual(['We are going to get this back on course']);
  });
});

describe('altered-quotation: a quotation reworded past recognition, in an aligned sentence', () => {
  test('the reworded words are reported against the aligned source quotation', () => {
    const src = 'Lanxess expects a gradual recovery in 2026.\n\n“Tariff uncertainty will be here to stay, but at a lower level,” CEO Matthias Zachert said on a call.\n\nThe shares rose.\n';
    const tgt = 'Lanxess expects a gradual recovery in 2026.\n\n“Tariff uncertainties will remain, but on a smaller scale,” CEO Matthias Zachert said on a call.\n\nThe shares rose.\n';
    const found = findingsOf('altered-quotation', src, tgt);
    expect(found).toHaveLength(1);
    expect(found[0]!.source?.text).toBe('Tariff uncertainty will be here to stay, but at a lower level,');
    expect(tgt.slice(found[0]!.target!.start, found[0]!.target!.end)).toContain('remain, but on a smaller scale');
    expect(found[0]!.message).toContain('the source quotes “Tariff uncertainty will be here to stay');
  });
});

describe('altered-quotation: a quotation over several paragraphs, opened in each and closed in the last', () => {
  const SRC = 'The actor said in a statement:\n\n“Last September, I received an offer to voice the system.\n\n“After much consideration and for personal reasons, I declined the offer.”\n';

  test('a change in the unclosed first paragraph is found, with that paragraph of the source as evidence', () => {
    const found = findingsOf('altered-quotation', SRC, SRC.replace('received an offer', 'acquired a proposal'));
    expect(found.map((f) => ({ source: f.source?.text, gated: f.confidence >= 0.5 }))).toEqual([
      { source: 'Last September, I received an offer to voice the system.', gated: true },
    ]);
    expect(found[0]!.target?.text).toContain('acquired a proposal');
  });

  test('the same paragraphs kept word for word: nothing', () => {
    expect(findingsOf('altered-quotation', SRC, SRC)).toEqual([]);
  });
});
