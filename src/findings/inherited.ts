import type { RuleContext } from '../rules/rule.ts';
import type { Finding } from '../types.ts';

type Draft = Omit<Finding, 'id'>;

/**
 * The suppression stage for errors the translation inherited: a target-only fluency finding ("the
 * the", "word ,") whose flagged text the aligned source passage has too, spacing aside, is the
 * source's error copied faithfully, not the translation's. Without it a text audited against
 * itself reports its own typos.
 */
export function dropInherited(findings: Draft[], context: Omit<RuleContext, 'options'>): Draft[] {
  const squash = (text: string) => text.replace(/\s+/gu, ' ');
  const sourceTextOf = new Map<string, string>();
  return findings.filter((finding) => {
    if (finding.source || !finding.target || !finding.segment || !finding.category.startsWith('fluency/')) return true;
    const alignment = context.alignmentOfTarget.get(finding.segment);
    if (!alignment) return true;
    const key = alignment.source.join(' ');
    let sourceText = sourceTextOf.get(key);
    if (sourceText === undefined) {
      sourceText = squash(alignment.source.map((id) => context.segmentById.get(id)?.text ?? '').join(' '));
      sourceTextOf.set(key, sourceText);
    }
    return !sourceText.includes(squash(finding.target.text));
  });
}
