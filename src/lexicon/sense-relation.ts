import { wordnet, type Pos, type Sense } from './wordnet.ts';

export type RelationKind = 'synonym' | 'hypernym' | 'sibling' | 'grandparent';

/** How two words meet in WordNet: through which sense of each, and how common that sense is for each word. */
export interface SenseRelation {
  kind: RelationKind;
  pos: Pos;
  /** The sense of the first word, with its share of the word's tagged uses (0..1). */
  a: Sense & { share: number };
  b: Sense & { share: number };
}

const KIND_ORDER: Record<RelationKind, number> = { synonym: 0, hypernym: 1, sibling: 2, grandparent: 3 };

const shareCache = new Map<string, Map<string, Sense & { share: number; pos: Pos }>>();

/**
 * Share of a word's tagged uses (SemCor counts, within a part of speech) that a sense takes, with add-half
 * smoothing so that untagged senses of untagged words still rank by WordNet's order.
 */
export function senseShares(word: string): Map<string, Sense & { share: number; pos: Pos }> {
  // Computed once per word: the spinning rules judge the same words in pair after pair.
  let out = shareCache.get(word);
  if (out) return out;
  const net = wordnet();
  shareCache.set(word, (out = new Map<string, Sense & { share: number; pos: Pos }>()));
  // Each base form is its own word ("arms" the weapons, "arm" the limb): shares are taken within a form,
  // and a synset reached through several forms keeps its largest share.
  const forms = new Set<string>();
  for (const pos of ['n', 'v', 'a', 'r'] as Pos[]) for (const form of net.baseForms(word, pos)) forms.add(form);
  for (const form of forms) {
    // Shares are taken within a part of speech: "offer" the noun is judged among the noun senses.
    for (const [pos, senses] of net.lemma(form) ?? []) {
      if (!net.baseForms(word, pos).includes(form)) continue;
      const total = senses.reduce((n, s) => n + s.tags + 0.5 / s.rank, 0);
      for (const s of senses) {
        const share = (s.tags + 0.5 / s.rank) / total;
        const kept = out.get(s.synset);
        if (!kept || share > kept.share) out.set(s.synset, { ...s, pos, share });
      }
    }
  }
  return out;
}

/**
 * Every way two words are related in WordNet (shared synset, one step up or down, sharing a parent,
 * two steps up or down), strongest kinds first. Words of different parts of speech do not relate.
 */
export function senseRelations(a: string, b: string, kinds: RelationKind[] = ['synonym', 'hypernym', 'sibling', 'grandparent']): SenseRelation[] {
  const net = wordnet();
  const sa = senseShares(a);
  const sb = senseShares(b);
  if (!sa.size || !sb.size) return [];
  const allowed = new Set(kinds);
  const up = (id: string) => net.synset(id)?.up ?? [];
  // Each sense of the second word with what is one and two steps above it, looked up once per call
  // instead of once per pair of senses (a word with many senses met every sense of the other anew).
  const grandparents = allowed.has('grandparent');
  const ys = [...sb.values()].map((y) => ({ y, up: null as string[] | null, up2: null as string[] | null }));
  const relations: SenseRelation[] = [];
  for (const x of sa.values()) {
    const upX = up(x.synset);
    const up2X = grandparents ? upX.flatMap(up) : [];
    for (const entry of ys) {
      const y = entry.y;
      if (x.pos !== y.pos) continue;
      let kind: RelationKind | null = null;
      if (x.synset === y.synset) kind = 'synonym';
      else if (upX.includes(y.synset) || (entry.up ??= up(y.synset)).includes(x.synset)) kind = 'hypernym';
      else if (allowed.has('sibling') && entry.up!.some((p) => upX.includes(p))) kind = 'sibling';
      else if (grandparents && (up2X.includes(y.synset) || (entry.up2 ??= entry.up!.flatMap(up)).includes(x.synset))) kind = 'grandparent';
      if (kind && allowed.has(kind)) relations.push({ kind, pos: x.pos, a: x, b: y });
    }
  }
  return relations.sort((r, s) => KIND_ORDER[r.kind] - KIND_ORDER[s.kind] || Math.min(s.a.share, s.b.share) - Math.min(r.a.share, r.b.share));
}

/** How much each kind of relation vouches for a kept meaning: a shared synset fully, a parent less, a sibling little. */
const KIND_WEIGHT: Record<RelationKind, number> = { synonym: 1, hypernym: 0.8, sibling: 0.15, grandparent: 0.15 };

/** At or above this, the two words meet in senses common for both: the meaning is kept. */
export const KEEPS_MEANING = 0.1;
/** Below this, they meet only through a sense rare for one of them: a wrong-sense swap. */
export const SHIFTS_MEANING = 0.06;
/** Below this the meeting sense is so rare for one of the words that no frequency argument saves the swap. */
export const NEVER_MEANT = 0.03;
/** A sense with less than this share of a word's uses is a rare sense of it. */
export const RARE_SENSE = 0.2;
/** Meeting only as siblings, a substitute sense with at least this share is a use of the word in its own right. */
export const SIBLING_SUBSTITUTE_SHARE = 0.05;

export type Verdict = 'keeps' | 'shifts' | 'unsure' | 'unrelated';

export interface Judgement {
  verdict: Verdict;
  /** The relation the verdict rests on (the strongest one), if the words relate at all. */
  relation: SenseRelation | null;
  /** Set when the words are synonyms only outside the part of speech their slot allows (this one). */
  slot?: Pos;
  score: number;
}

/** Tagged uses of a word in SemCor, all senses and parts of speech: a rough frequency. */
export function taggedUses(word: string): number {
  let n = 0;
  for (const s of senseShares(word).values()) n += s.tags;
  return n;
}

/**
 * Does `substitute` keep the meaning of `original`? Each relation scores its kind's weight times the
 * smaller of the two senses' shares (how common the meeting sense is for each word); the best score
 * decides: at or above KEEPS_MEANING the meaning is kept. Below it, the swap is a shift when the words
 * meet only through a rare sense of the original (a thesaurus entry of the wrong sense), or only through
 * an almost unused sense of a rarer substitute; otherwise it is left unsure (precision first).
 */
export function judgeSubstitution(original: string, substitute: string, kinds?: RelationKind[], slot?: ReadonlySet<Pos> | null): Judgement {
  // Long rewritten passages compare the same words many times; a judgement depends on its arguments only.
  const cacheKey = `${original}\t${substitute}\t${kinds?.join(',') ?? ''}\t${slot ? [...slot].join('') : ''}`;
  let judgement = judgementCache.get(cacheKey);
  if (!judgement) {
    judgement = judge(original, substitute, kinds, slot ?? undefined);
    if (judgementCache.size > 100_000) judgementCache.clear();
    judgementCache.set(cacheKey, judgement);
  }
  return judgement;
}

const judgementCache = new Map<string, Judgement>();

function judge(original: string, substitute: string, kinds?: RelationKind[], slot?: ReadonlySet<Pos>): Judgement {
  const all = senseRelations(original, substitute, kinds);
  // The slot's part of speech decides which senses may meet. Words that are synonyms only in another part
  // of speech, where the original itself fits the slot, are a thesaurus entry taken for the wrong part of
  // speech ("all points on" → "all aims on": "aim" and "point" meet only as verbs).
  const relations = slot ? all.filter((r) => slot.has(r.pos)) : all;
  if (slot && !relations.length) {
    const crossed = all.find((r) => r.kind === 'synonym');
    const originalFits = [...senseShares(original).values()].some((s) => slot.has(s.pos));
    if (crossed && originalFits) return { verdict: 'shifts', relation: crossed, score: 0, slot: [...slot][0] };
  }
  if (!relations.length) return { verdict: 'unrelated', relation: null, score: 0 };
  let best = relations[0]!;
  let score = -1;
  for (const r of relations) {
    const s = KIND_WEIGHT[r.kind] * Math.min(r.a.share, r.b.share);
    if (s > score) {
      score = s;
      best = r;
    }
  }
  if (score >= KEEPS_MEANING) return { verdict: 'keeps', relation: best, score };
  // A thesaurus offers synonyms and broader words, not sisters: when the words meet only as senses under
  // one parent and the substitute's sense is a real use of it ("cut" → "lowered" a forecast, both kinds
  // of change), that is a translator's choice of verb, not a wrong-sense entry ("join" → "hitch" meets
  // through an almost unused sense of "hitch" and stays accused).
  if (!relations.some((r) => r.kind === 'synonym' || r.kind === 'hypernym') && best.b.share >= SIBLING_SUBSTITUTE_SHARE) return { verdict: 'unsure', relation: best, score };
  // A shared synset is what a thesaurus offers: when the words share one only through a rare sense of
  // the original, and nothing else keeps the meaning, the swap took the wrong sense.
  // The original taken in a rare sense of its own is the thesaurus mistake, whatever the substitute's
  // frequency ("track" → "running" through sense 11 of "track").
  const synonym = relations.find((r) => r.kind === 'synonym' && r.a.share < RARE_SENSE);
  if (synonym && !relations.some((r) => r.kind === 'synonym' && r.a.share >= RARE_SENSE)) return { verdict: 'shifts', relation: synonym, score };
  if (score < SHIFTS_MEANING && best.a.share < RARE_SENSE) return { verdict: 'shifts', relation: best, score };
  // The original in its common sense, met only by an almost unused sense of a rarer substitute. A more
  // common substitute ("overt" → "open", "significant" → "important") is a translator's plain choice.
  if (score < NEVER_MEANT && taggedUses(substitute) < taggedUses(original)) return { verdict: 'shifts', relation: best, score };
  return { verdict: 'unsure', relation: best, score };
}
