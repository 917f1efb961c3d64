import { fillGaps } from '../bilingual/gap-fill.ts';
import { contentKeys } from '../text/words.ts';
import type { Alignment, AuditDocument } from '../types.ts';
import { alignDocuments, type AlignOptions } from './align.ts';

/** A sentence's keys for pairing what the aligner left in a gap: the aligner's own content keys. */
const keysOf = (text: string) => contentKeys(text);

/**
 * Two documents in one language: the aligner, then the sentences it left unlinked between two linked
 * neighbours paired in order where they share a key (and a quarter of the shorter one's) and are of comparable length (a heavily spun sentence,
 * "POLITICO has the necessities." for "POLITICO has the essentials.", shares too little to be a candidate).
 */
export function alignMonolingual(source: AuditDocument, target: AuditDocument, options: AlignOptions = {}): Alignment[] {
  return fillGaps(alignDocuments(source, target, options), source, target, keysOf, { minSharedInOrder: 1, minShareInOrder: 1 / 4 });
}
