/**
 * Mines the spinner substitutions of real pairs from their annotations (eval/real/annotations.ts): every
 * changed phrase with words on both sides, up to MAX_WORDS a side, becomes source → target, with its count,
 * the sites it was seen on and the editors' labels. Where a changed phrase pairs equal numbers of words,
 * each word pair is also counted (unlabelled: the label was given to the phrase). Where the derived text is
 * given, content words inserted right before a kept word are that word's substitution, as the swap
 * candidates read them (src/detect/swap-candidates.ts insertionSwap): "gross" before a kept "sales" is
 * sales → gross sales.
 */
import { phraseKey, SubstitutionLexicon, type SubstitutionEntry } from '../../src/lexicon/spinner-substitutions.ts';
import { isInsertedPhrase } from '../../src/detect/swap-candidates.ts';
import { isFunctionWord } from '../../src/detect/word-classes.ts';
import type { Annotation } from './annotations.ts';

export const MAX_WORDS = 4;

export interface AnnotatedPair {
  site: string;
  annotations: Annotation[];
  /** The derived text the annotations' offsets index; without it insertions are not mined. */
  target?: string;
}

/** One or two lower-case content words inserted right before a kept lower-case content word: the kept word and the phrase. */
function insertion(a: Annotation, target: string): { source: string; target: string } | null {
  const inserted = words(a.target);
  if (words(a.source).length || a.end <= a.start || !isInsertedPhrase(inserted)) return null;
  const kept = /^[ \u00a0]+(\p{Ll}[\p{Ll}'’-]*)/u.exec(target.slice(a.end, a.end + 40))?.[1];
  if (!kept || isFunctionWord(kept)) return null;
  return { source: kept, target: `${inserted.join(' ')} ${kept}` };
}

const words = (s: string) => s.split(/[^\p{L}\p{N}'’.-]+/u).filter(Boolean);

export function mineSubstitutions(pairs: AnnotatedPair[]): SubstitutionEntry[] {
  type Verdicts = { reject: number; doubtful: number; accept: number };
  const acc = new Map<string, SubstitutionEntry & { siteSet: Set<string>; bySite: Map<string, Verdicts> }>();
  const add = (source: string, target: string, site: string, label: Annotation['label'] | null) => {
    const key = `${phraseKey(source)}\t${phraseKey(target)}`;
    if (!phraseKey(source) || !phraseKey(target) || phraseKey(source) === phraseKey(target)) return;
    let e = acc.get(key);
    if (!e) acc.set(key, (e = { source: source.toLowerCase(), target: target.toLowerCase(), count: 0, sites: 0, reject: 0, doubtful: 0, accept: 0, siteSet: new Set(), bySite: new Map() }));
    e.count++;
    e.siteSet.add(site);
    if (label === 'reject' || label === 'doubtful' || label === 'accept') {
      const v = e.bySite.get(site) ?? e.bySite.set(site, { reject: 0, doubtful: 0, accept: 0 }).get(site)!;
      v[label]++;
    }
  };
  for (const pair of pairs) {
    for (const a of pair.annotations) {
      if (a.label === 'other' || a.label === '') continue;
      const inserted = pair.target ? insertion(a, pair.target) : null;
      if (inserted) {
        add(inserted.source, inserted.target, pair.site, /inside a quotation/u.test(a.note) ? null : a.label);
        continue;
      }
      const s = words(a.source);
      const t = words(a.target);
      if (!s.length || !t.length || s.length > MAX_WORDS || t.length > MAX_WORDS) continue;
      // Figures are the number rules'; a spinner's respelt figure ("five.03" for 5.03) is not a substitution
      // to reuse. Digits the source has none of are the spinner's words ("12 months" for year).
      if (s.some((w) => /\p{N}/u.test(w))) continue;
      // A phrase rejected only because it sits inside a quotation (quotes must be verbatim) says nothing of
      // the substitution itself: it is counted, with no verdict.
      const verdict = /inside a quotation/u.test(a.note) ? null : a.label;
      add(s.join(' '), t.join(' '), pair.site, verdict);
      if (s.length === t.length && s.length > 1) s.forEach((w, i) => add(w, t[i]!, pair.site, null));
    }
  }
  return [...acc.values()]
    .map(({ siteSet, bySite, ...e }) => ({ ...e, ...siteVerdicts(bySite), sites: siteSet.size }))
    .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}

/**
 * The verdicts counted by site, one vote each: a copy repeats its substitution ("invoice" for bill ten
 * times), and ten rows of one site are one editor's judgement of one spinner, not ten. A site's vote is
 * its most frequent label; a tie between reject and accept is doubtful.
 */
function siteVerdicts(bySite: Map<string, { reject: number; doubtful: number; accept: number }>): { reject: number; doubtful: number; accept: number } {
  const out = { reject: 0, doubtful: 0, accept: 0 };
  for (const v of bySite.values()) {
    const top = Math.max(v.reject, v.doubtful, v.accept);
    if (v.reject === top && v.accept === top) out.doubtful++;
    else if (v.reject === top) out.reject++;
    else if (v.accept === top) out.accept++;
    else out.doubtful++;
  }
  return out;
}

export function lexiconOf(pairs: AnnotatedPair[]): SubstitutionLexicon {
  return new SubstitutionLexicon(mineSubstitutions(pairs));
}
