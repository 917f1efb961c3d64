/**
 * Rebuilds corpus/lexicons/spinner-substitutions/ from the annotated training pairs of the real set
 * (held-out sites are never mined): substitutions.tsv and the provenance list in PAIRS.md.
 *
 *   node --import tsx scripts/real-set/mine-lexicon.ts [--check]
 *
 * --check rebuilds in memory and exits 1 when the committed file differs. The annotations carry the
 * phrases; the copyrighted texts are read only for insertions ("gross" before a kept "sales"), whose kept
 * word the annotation row does not hold, so the check needs the texts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBSTITUTION_COLUMNS, SUBSTITUTIONS_PATH } from '../../src/lexicon/spinner-substitutions.ts';
import { readAnnotations } from '../../eval/real/annotations.ts';
import { loadTexts, readManifest } from '../../eval/real/manifest.ts';
import { mineSubstitutions } from '../../eval/real/mine.ts';
import { annotationPath } from '../../eval/real/score.ts';

const training = readManifest().filter((p) => p.split === 'train' && p.kind !== 'control' && existsSync(annotationPath(p.name)));
// The derived texts let insertions ("gross" before a kept "sales") be mined; without them the rest still is.
const texts = training.map((p) => loadTexts(p));
const missing = texts.filter((t) => 'missing' in t).length;
if (missing) console.error(`${missing} training texts are missing: insertions are not mined from them (scripts/real-set/check.ts)`);
const entries = mineSubstitutions(training.map((p, i) => { const t = texts[i]!; return { site: p.site, annotations: readAnnotations(annotationPath(p.name)), target: 'missing' in t ? undefined : t.target }; }));
const tsv =
  `# Spinner substitutions mined from the real set's training pairs (SOURCE.md); rebuilt by scripts/real-set/mine-lexicon.ts\n` +
  [SUBSTITUTION_COLUMNS.join('\t'), ...entries.map((e) => SUBSTITUTION_COLUMNS.map((c) => String(e[c])).join('\t'))].join('\n') +
  '\n';
const pairsMd =
  `# Pairs the spinner substitutions were mined from\n\nTraining split of corpus/real/pairs.tsv (${training.length} pairs, ${new Set(training.map((p) => p.site)).size} sites); the annotations are corpus/real/annotations/<name>.tsv.\n\n` +
  '| pair | derived site | original | derived copy |\n|---|---|---|---|\n' +
  training.map((p) => `| ${p.name} | ${p.site} | ${p.originalUrl} | ${p.derivedUrl} |`).join('\n') +
  '\n';
const pairsPath = join(SUBSTITUTIONS_PATH, '..', 'PAIRS.md');
if (process.argv.includes('--check')) {
  const same = existsSync(SUBSTITUTIONS_PATH) && readFileSync(SUBSTITUTIONS_PATH, 'utf8') === tsv && existsSync(pairsPath) && readFileSync(pairsPath, 'utf8') === pairsMd;
  console.log(same ? 'spinner-substitutions: up to date' : 'spinner-substitutions: stale; run scripts/real-set/mine-lexicon.ts');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(SUBSTITUTIONS_PATH, tsv);
  writeFileSync(pairsPath, pairsMd);
  const multi = entries.filter((e) => e.sites > 1).length;
  console.log(`${SUBSTITUTIONS_PATH}: ${entries.length} substitutions from ${training.length} pairs; ${multi} seen on more than one site`);
}
