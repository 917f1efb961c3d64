import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../src/audit.ts';
import { FREEDICT_PACKAGES, freedictItEn } from '../src/bilingual/freedict.ts';
import { readGold, type Gold } from './gold.ts';
import { ROOT } from './lexicons.ts';
import { alignmentAccuracy, matchFindings, scores, type Counts } from './match.ts';
import { counted } from './spinner-eval.ts';

/** The bilingual evaluation set (issue 14): Italian texts, each with a faithful and a damaged English version. */
export const BILINGUAL_DIR = join(ROOT, '__tests__', 'fixtures', 'bilingual');

/** The targets of issue 14. */
export const BILINGUAL_TARGETS = { groupRecall: 0.85, overallRecall: 0.6, precision: 0.9, alignment: 0.9 };

/** Gold kinds pooled into the issue's groups. */
const GROUPS: Record<string, string[]> = { numbers: ['changed-number'], names: ['changed-name'], omissions: ['omission', 'partial-omission'] };

export interface BilingualEvaluation {
  texts: number;
  groups: Record<string, Counts>;
  overall: Counts;
  /** Findings (as the gate counts them) on the faithful translations, and those above minor. */
  faithfulFindings: number;
  faithfulAboveMinor: number;
  alignment: { correct: number; total: number };
  rules: Record<string, number>;
}

/** Audits every text's damaged and faithful translation and pools the counts. */
export function evaluateBilingual(dir = BILINGUAL_DIR): BilingualEvaluation {
  const empty = (): Counts => ({ gold: 0, goldMatched: 0, findings: 0, findingsMatched: 0 });
  const out: BilingualEvaluation = { texts: 0, groups: Object.fromEntries(Object.keys(GROUPS).map((g) => [g, empty()])), overall: empty(), faithfulFindings: 0, faithfulAboveMinor: 0, alignment: { correct: 0, total: 0 }, rules: {} };
  const now = new Date(0);
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    if (!existsSync(join(folder, 'source.txt'))) continue;
    out.texts++;
    const source = readFileSync(join(folder, 'source.txt'), 'utf8');
    for (const variant of ['damaged', 'faithful'] as const) {
      const target = readFileSync(join(folder, `${variant}.txt`), 'utf8');
      const gold: Gold = readGold(join(folder, `gold.${variant}.json`), source, target);
      const result = audit({ path: 'source.txt', text: source }, { path: `${variant}.txt`, text: target }, { now, language: { source: 'it', target: 'en' } });
      const flagged = result.findings.filter((f) => counted(f, result.summary.minConfidence));
      const match = matchFindings(flagged, gold);
      const alignment = alignmentAccuracy(result, gold);
      out.alignment.correct += alignment.correct;
      out.alignment.total += alignment.total;
      for (const f of flagged) out.rules[f.rule] = (out.rules[f.rule] ?? 0) + 1;
      if (variant === 'faithful') {
        out.faithfulFindings += flagged.length;
        out.faithfulAboveMinor += flagged.filter((f) => f.severity !== 'minor').length;
      }
      add(out.overall, match.overall);
      for (const [group, kinds] of Object.entries(GROUPS)) for (const kind of kinds) if (match.byKind[kind]) add(out.groups[group]!, match.byKind[kind]!);
    }
  }
  return out;
}

function add(into: Counts, s: Counts): void {
  into.gold += s.gold;
  into.goldMatched += s.goldMatched;
  into.findings += s.findings;
  into.findingsMatched += s.findingsMatched;
}

const n2 = (x: number) => x.toFixed(2);

/** The "Bilingual pairs" section of `npm run eval`, or a line saying why it did not run. */
export function renderBilingualSection(): string {
  try {
    freedictItEn();
  } catch {
    return `## Bilingual pairs\n\nSkipped: FreeDict is not installed (apt-get install ${FREEDICT_PACKAGES.map((p) => p.name).join(' ')}).\n`;
  }
  const e = evaluateBilingual();
  const overall = scores(e.overall);
  const lines = [
    '## Bilingual pairs',
    '',
    `${e.texts} Italian news texts (\`__tests__/fixtures/bilingual/\`), each audited against a damaged English translation (logged errors) and a faithful one, with \`--source-lang it --target-lang en\`. Scored as the gate counts (confidence >= minConfidence).`,
    '',
    '| group | gold | found | recall | target |',
    '|---|---|---|---|---|',
    ...Object.entries(e.groups).map(([group, c]) => {
      const s = scores(c);
      return `| ${group} | ${c.gold} | ${c.goldMatched} | ${n2(s.recall)} | >= ${BILINGUAL_TARGETS.groupRecall} ${s.recall >= BILINGUAL_TARGETS.groupRecall ? 'met' : 'NOT met'} |`;
    }),
    `| overall | ${e.overall.gold} | ${e.overall.goldMatched} | ${n2(overall.recall)} | >= ${BILINGUAL_TARGETS.overallRecall} ${overall.recall >= BILINGUAL_TARGETS.overallRecall ? 'met' : 'NOT met'} |`,
    '',
    `Precision ${n2(overall.precision)} (${e.overall.findingsMatched}/${e.overall.findings} findings on the damaged translations match a logged error; target >= ${BILINGUAL_TARGETS.precision} ${overall.precision >= BILINGUAL_TARGETS.precision ? 'met' : 'NOT met'}).`,
    `Faithful translations: ${e.faithfulFindings} findings, ${e.faithfulAboveMinor} above minor (target 0 above minor ${e.faithfulAboveMinor === 0 ? 'met' : 'NOT met'}).`,
    `Sentence alignment: ${e.alignment.correct}/${e.alignment.total} gold groups recovered (${n2(e.alignment.correct / Math.max(1, e.alignment.total))}; target >= ${BILINGUAL_TARGETS.alignment}).`,
    `Findings by rule: ${Object.entries(e.rules).sort(([a], [b]) => a.localeCompare(b)).map(([r, n]) => `${r} ${n}`).join(', ')}.`,
    '',
  ];
  return lines.join('\n');
}
