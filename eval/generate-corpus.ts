import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { biographiesText, definitionsText, lexicalUsageText, narrativeText, newsText, usageText, type CleanText } from './clean-texts.ts';
import { ROOT } from './lexicons.ts';
import { formatGold } from './gold.ts';
import { generatePair } from './perturb.ts';

/**
 * Regenerates the generated corpus pairs: `node --import tsx eval/generate-corpus.ts`.
 * Each pair is `corpus/generated-<kind>-<n>/` with source.txt (the clean text), target.txt (the
 * perturbed text), gold.json (the logged edits) and README.md. Same clean text and seed, same pair.
 */
export interface PairSpec {
  name: string;
  seed: number;
  rate: number;
  clean: () => CleanText | null;
}

export const PAIRS: PairSpec[] = [
  { name: 'generated-news-1', seed: 103, rate: 0.5, clean: newsText },
  { name: 'generated-biographies-1', seed: 202, rate: 0.5, clean: () => biographiesText() },
  { name: 'generated-definitions-1', seed: 303, rate: 0.5, clean: definitionsText },
  { name: 'generated-usage-1', seed: 101, rate: 0.5, clean: () => usageText() },
  { name: 'generated-narrative-1', seed: 505, rate: 0.5, clean: narrativeText },
  { name: 'generated-usage-2', seed: 606, rate: 0.5, clean: () => lexicalUsageText() },
];

export function generateCorpus(corpusDir = join(ROOT, 'corpus')): string[] {
  const written: string[] = [];
  for (const spec of PAIRS) {
    const dir = join(corpusDir, spec.name);
    let clean = spec.clean();
    if (!clean) {
      // The clean text's tool is not installed here: the committed source is that clean text.
      const existing = join(dir, 'source.txt');
      if (!existsSync(existing)) {
        process.stderr.write(`generate-corpus: ${spec.name}: no clean text available; skipped\n`);
        continue;
      }
      const readme = existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '';
      const kind = spec.name.replace(/^generated-|-\d+$/g, '');
      clean = { kind, text: readFileSync(existing, 'utf8'), provenance: /Clean text: (.*)/.exec(readme)?.[1] ?? 'the committed source.txt' };
    }
    const pair = generatePair(clean.text, { seed: spec.seed, rate: spec.rate, label: spec.name, clean: clean.provenance });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'source.txt'), pair.source);
    writeFileSync(join(dir, 'target.txt'), pair.target);
    writeFileSync(join(dir, 'gold.json'), formatGold(pair.gold));
    const kinds = new Map<string, number>();
    for (const item of pair.gold.items) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
    for (const a of pair.gold.alignment) if (a.kind) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
    writeFileSync(
      join(dir, 'README.md'),
      [
        `# ${spec.name}`,
        '',
        `- **Generated**, not a real translation: \`target.txt\` is \`source.txt\` perturbed by \`eval/perturb.ts\``,
        `  with seed ${spec.seed} and rate ${spec.rate}. Regenerate with \`node --import tsx eval/generate-corpus.ts\`.`,
        `- Kind: ${clean.kind}.`,
        `- Clean text: ${clean.provenance}`,
        `- \`gold.json\` logs every edit with its target offsets and MQM category (${pair.gold.items.length} items):`,
        `  ${[...kinds].map(([k, c]) => `${k} ${c}`).join(', ')}. Guidelines: docs/gold.md.`,
        '',
      ].join('\n'),
    );
    written.push(dir);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const dir of generateCorpus()) process.stdout.write(`written: ${dir}\n`);
}
