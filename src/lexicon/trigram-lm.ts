import { existsSync, readFileSync } from 'node:fs';

/**
 * The CMU Sphinx US English generic trigram language model, read in place from the binary file that
 * Debian's `pocketsphinx-en-us` installs (`/usr/share/pocketsphinx/model/en-us/en-us.lm.bin`; set
 * `FAITHFUL_CMU_LM` to read another file of the same format).
 *
 * Provenance: the model ships with CMU Sphinx (pocketsphinx), copyright 1995-2014 Carnegie Mellon
 * University and 2014-2015 Alpha Cephei Inc., BSD-2-Clause licence (see
 * /usr/share/doc/pocketsphinx-en-us/copyright). It is read from the system, never committed.
 *
 * The vocabulary (72,547 words in the Debian file) is all lowercase ASCII, including tokens such as
 * "'s", "a." and "aaron's", and sorted by bytes; words are lowercased before lookup. It is a closed
 * vocabulary: there is no `<unk>` entry (pocketsphinx gives an unknown word probability zero). Here an
 * unknown word is scored as a stand-in `<unk>` unigram whose log10 probability is `unkLogProb` (the
 * lowest unigram probability in the model) and that has no longer n-grams, so Katz backoff still adds
 * the weights of its context.
 *
 * Format ("Trie Language Model", written by sphinxbase's ngram_model_trie_write_bin / lm_trie_write_bin,
 * all little-endian; the layout is KenLM's reversed trie):
 *   - the 19 header bytes, then order (uint8), then order × uint32 n-gram counts;
 *   - int32 quantisation type (0: none, 1: 16-bit; later writers always write 1 or a dummy 0 ahead of
 *     the 16-bit tables, so a 0 followed by a file whose size only fits the 16-bit tables is read as
 *     16-bit); with 16-bit quantisation, float32 tables of 65,536 centres: for each middle order a
 *     probability table then a backoff table, then the longest order's probability table;
 *   - (counts[0] + 1) unigrams {float32 prob, float32 backoff, uint32 first child}, the last a sentinel;
 *   - bit-packed arrays, one per order 2..n. Entry i of order k sits at bit i × width: the word id
 *     (bits needed for counts[0]), then the weights (16-bit: backoff index, then probability index;
 *     none: 31-bit non-positive float probability, then float32 backoff), then for middle orders the
 *     index of its first child in the next order (bits needed for counts[k]). A child range ends at the
 *     next entry's first-child index. Each array takes ((1 + count) × width + 7) / 8 + 8 bytes;
 *   - int32 byte length, then the NUL-terminated words in id order.
 * The trie is reversed: a unigram's children are the words that precede it, so P(c | a b) is found
 * under c → b → a, and the backoff weight of a context "a b" under b → a. Children are sorted by word
 * id. Weights are natural logarithms in logmath base 1.0001 (sphinx_lm_convert's default): log10 is
 * the stored value × log10(1.0001). Unigram "<s>" has the ARPA placeholder −99.
 */
export interface TrigramModel {
  /** n of the n-gram model (3 for the CMU model). */
  readonly order: number;
  /** Number of 1-, 2-, 3-grams, as the header states (the trie's, counting filler entries). */
  readonly counts: readonly number[];
  /** Number of words in the vocabulary (counts[0]). */
  readonly vocabularySize: number;
  readonly quantization: 'none' | '16-bit';
  /** log10 probability given to a word outside the vocabulary, as a unigram. */
  readonly unkLogProb: number;
  /** Whether the (lowercased) word is in the vocabulary. */
  has(word: string): boolean;
  /** log10 P(word), `unkLogProb` for an unknown word. */
  unigramLogProb(word: string): number;
  /**
   * log10 P(w_n | w_{n-2} w_{n-1}) of the last word of a 1–3 word sequence (only the last three count),
   * with Katz backoff: the longest n-gram found gives the probability, plus the backoff weights of the
   * longer contexts that were not found. An unknown history word cuts the history there.
   */
  logProb(words: readonly string[]): number;
  /**
   * Sum of `logProb` over the words, each given up to two words before it. A `<s>` is context only,
   * never scored; pass it first to score the opening words as a sentence start, and `</s>` last to
   * score the ending. Empty sequence: 0.
   */
  sequenceLogProb(words: readonly string[]): number;
  /**
   * Length of the longest n-gram ending in the last word that the trie holds (0: word unknown). The
   * trie also holds filler entries for the missing middle n-grams of its longest ones (whose weights
   * are what backoff would give), so this can exceed the order of the n-grams the model was built from.
   */
  matchedOrder(words: readonly string[]): number;
  /** The word of id `id` (0 ≤ id < vocabularySize; ids follow byte order). */
  wordAt(id: number): string;
}

export const DEFAULT_CMU_LM = '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin';

const HEADER = 'Trie Language Model';
/** log10(1.0001): stored weights are logs in base 1.0001. */
const LOG10_BASE = Math.log10(1.0001);
const QUANT_BINS = 1 << 16;

/** The model's path: `FAITHFUL_CMU_LM` when set, else Debian's. */
export function cmuTrigramPath(): string {
  return process.env.FAITHFUL_CMU_LM || DEFAULT_CMU_LM;
}

/**
 * Whether the model file is there (Debian package `pocketsphinx-en-us`). Asked once per scored swap, so
 * the answer is kept per path: a file check each time cost about 50 ms at 20,000 sentences.
 */
export function trigramAvailable(): boolean {
  const path = cmuTrigramPath();
  if (available?.path !== path) available = { path, there: existsSync(path) };
  return available.there;
}

let available: { path: string; there: boolean } | undefined;

let shared: { path: string; model: TrigramModel } | undefined;

/** The CMU model, loaded on first use (one read of the file; about 27 MB held). */
export function cmuTrigram(): TrigramModel {
  const path = cmuTrigramPath();
  if (!shared || shared.path !== path) shared = { path, model: readTrigramModel(readFileSync(path)) };
  return shared.model;
}

/** Number of bits that hold values up to `max` (sphinxbase's bitarr_required_bits). */
function requiredBits(max: number): number {
  let bits = 0;
  while (max > 0) {
    bits++;
    max = Math.floor(max / 2);
  }
  return bits;
}

/** One bit-packed array of n-grams of one order. */
interface Level {
  /** Byte offset of the array in the buffer. */
  base: number;
  /** Bits per entry. */
  width: number;
  wordBits: number;
  /** Bits of the first-child index (0 for the longest order). */
  nextBits: number;
}

/** Parses a model held in `bytes` (the whole file). Throws on a file that is not one. */
export function readTrigramModel(bytes: Buffer): TrigramModel {
  const fail = (why: string): never => {
    throw new Error(`not a sphinx trie language model: ${why}`);
  };
  if (bytes.length < HEADER.length + 1 || bytes.toString('latin1', 0, HEADER.length) !== HEADER) fail('header');
  let at = HEADER.length;
  const order = bytes[at++]!;
  if (order < 1 || order > 3) fail(`order ${order} (only 1 to 3 are read)`);
  const counts: number[] = [];
  for (let i = 0; i < order; i++, at += 4) counts.push(bytes.readUInt32LE(at));
  const vocab = counts[0]!;
  const wordBits = requiredBits(vocab);

  // Everything after the quantisation tables has a size fixed by the counts and the weight widths.
  const layout = (quant: boolean) => {
    const middleWeights = quant ? 32 : 63;
    const longestWeights = quant ? 16 : 31;
    const levels: Level[] = [];
    let offset = 0;
    for (let k = 2; k <= order; k++) {
      const nextBits = k < order ? requiredBits(counts[k]!) : 0;
      const width = wordBits + (k < order ? middleWeights : longestWeights) + nextBits;
      levels.push({ base: offset, width, wordBits, nextBits });
      offset += Math.floor(((1 + counts[k - 1]!) * width + 7) / 8) + 8;
    }
    const tables = order > 1 && quant ? ((order - 2) * 2 + 1) * QUANT_BINS * 4 : 0;
    return { levels, tables, trieBytes: offset };
  };
  const typeAt = at;
  const rest = (quant: boolean) => {
    const { tables, trieBytes } = layout(quant);
    const wordsAt = typeAt + (order > 1 ? 4 : 0) + tables + (vocab + 1) * 12 + trieBytes;
    return wordsAt + 4 <= bytes.length ? wordsAt + 4 + bytes.readInt32LE(wordsAt) : -1;
  };
  let quant = false;
  if (order > 1) {
    const type = bytes.readInt32LE(at);
    if (type !== 0 && type !== 1) fail(`quantisation type ${type}`);
    // Later sphinxbase writes a dummy int (0 or 1) before 16-bit tables: the size decides.
    quant = type === 1 || rest(true) === bytes.length;
    at += 4;
  }
  if (rest(quant) !== bytes.length) fail('size does not match the counts');
  const { levels, tables, trieBytes } = layout(quant);
  const tablesAt = at;
  const unigramsAt = tablesAt + tables;
  const trieAt = unigramsAt + (vocab + 1) * 12;
  for (const level of levels) level.base += trieAt;
  const wordsLength = bytes.readInt32LE(trieAt + trieBytes);
  const wordsAt = trieAt + trieBytes + 4;

  // Start of each word's string, in id order, plus one past the last.
  const starts = new Uint32Array(vocab + 1);
  let p = wordsAt;
  for (let id = 0; id < vocab; id++) {
    starts[id] = p;
    const nul = bytes.indexOf(0, p);
    if (nul < 0 || nul >= wordsAt + wordsLength) fail('word strings');
    p = nul + 1;
  }
  starts[vocab] = p;

  /** Reads `length` (≤ 32) bits starting at bit `bit` of the array at byte `base`, low bit first. */
  const readBits = (base: number, bit: number, length: number): number => {
    const byte = base + Math.floor(bit / 8);
    const shift = bit % 8;
    let value = bytes.readUInt32LE(byte) >>> shift;
    if (shift + length > 32) value = (value | (bytes[byte + 4]! << (32 - shift))) >>> 0;
    return length === 32 ? value >>> 0 : (value & (2 ** length - 1)) >>> 0;
  };
  const floatScratch = new DataView(new ArrayBuffer(4));
  const asFloat = (bits: number): number => {
    floatScratch.setUint32(0, bits >>> 0);
    return floatScratch.getFloat32(0);
  };
  const table = (index: number, entry: number) => bytes.readFloatLE(tablesAt + (index * QUANT_BINS + entry) * 4);

  /** Weights of entry `i` of order `k` (2..n): probability and backoff, in base 1.0001. */
  const weights = (k: number, i: number): { prob: number; backoff: number } => {
    const level = levels[k - 2]!;
    const bit = i * level.width + level.wordBits;
    const middle = k < order;
    if (quant) {
      if (!middle) return { prob: table((order - 2) * 2, readBits(level.base, bit, 16)), backoff: 0 };
      return {
        backoff: table((k - 2) * 2 + 1, readBits(level.base, bit, 16)),
        prob: table((k - 2) * 2, readBits(level.base, bit + 16, 16)),
      };
    }
    // Unquantised (KenLM's layout): a non-positive float without its sign bit, then a float.
    const prob = asFloat((readBits(level.base, bit, 31) | 0x80000000) >>> 0);
    return { prob, backoff: middle ? asFloat(readBits(level.base, bit + 31, 32)) : 0 };
  };
  const unigramProb = (id: number) => bytes.readFloatLE(unigramsAt + id * 12);
  const unigramBackoff = (id: number) => bytes.readFloatLE(unigramsAt + id * 12 + 4);
  const unigramNext = (id: number) => bytes.readUInt32LE(unigramsAt + id * 12 + 8);

  /** Index of `word` among the children [begin, end) of order k, or -1; children are sorted by id. */
  const findChild = (k: number, begin: number, end: number, word: number): number => {
    const level = levels[k - 2]!;
    let lo = begin;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const id = readBits(level.base, mid * level.width, level.wordBits);
      if (id === word) return mid;
      if (id < word) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  };
  /** First child of entry `i` of middle order k, in order k + 1. */
  const firstChild = (k: number, i: number): number => {
    const level = levels[k - 2]!;
    return readBits(level.base, i * level.width + level.width - level.nextBits, level.nextBits);
  };

  // Ids memoised per word: the swaps of a document ask about the same context words again and again.
  const idCache = new Map<string, number>();
  const wordId = (raw: string): number => {
    let id = idCache.get(raw);
    if (id === undefined) {
      if (idCache.size >= 100_000) idCache.clear();
      idCache.set(raw, (id = searchWordId(raw)));
    }
    return id;
  };
  /** Word id by binary search over the sorted strings, compared as bytes; -1 when unknown. */
  const searchWordId = (raw: string): number => {
    const word = raw.toLowerCase();
    for (let c = 0; c < word.length; c++) if (word.charCodeAt(c) > 0x7f) return -1; // the vocabulary is ASCII
    let lo = 0;
    let hi = vocab;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = starts[mid]!;
      const length = starts[mid + 1]! - 1 - start;
      let cmp = 0;
      const n = Math.min(length, word.length);
      for (let c = 0; c < n && cmp === 0; c++) cmp = bytes[start + c]! - word.charCodeAt(c);
      if (cmp === 0) cmp = length - word.length;
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  };

  let lowest = 0;
  for (let id = 0; id < vocab; id++) {
    const prob = unigramProb(id);
    if (prob * LOG10_BASE > -90 && prob < lowest) lowest = prob; // skip the −99 placeholder of <s>
  }
  const unkLogProb = lowest * LOG10_BASE;

  /** Score of `ids` (the last is scored; -1 = unknown, only possible last), base 1.0001, and the order used. */
  const score = (ids: number[]): { logProb: number; used: number } => {
    const target = ids[ids.length - 1]!;
    const hist = ids.slice(0, -1).reverse(); // most recent first
    const cut = hist.indexOf(-1);
    if (cut >= 0) hist.length = cut;
    if (hist.length > order - 1) hist.length = order - 1;

    // Probability: walk target → hist[0] → hist[1] as far as the trie goes.
    let prob: number;
    let used: number;
    let begin = 0;
    let end = 0;
    if (target < 0) {
      prob = unkLogProb / LOG10_BASE;
      used = 0;
    } else {
      prob = unigramProb(target);
      used = 1;
      begin = unigramNext(target);
      end = unigramNext(target + 1);
    }
    for (let k = 2; target >= 0 && k <= hist.length + 1 && begin < end; k++) {
      const i = findChild(k, begin, end, hist[k - 2]!);
      if (i < 0) break;
      prob = weights(k, i).prob;
      used = k;
      if (k === order) break;
      begin = firstChild(k, i);
      end = firstChild(k, i + 1);
    }
    // Backoff: weights of the contexts hist[0..j] longer than what was matched (j + 2 > used).
    let backoff = 0;
    if (hist.length > 0) {
      const first = Math.max(used, 1) - 1; // longest context length used, minus one word
      let ctxBegin = unigramNext(hist[0]!);
      let ctxEnd = unigramNext(hist[0]! + 1);
      if (first === 0) backoff += unigramBackoff(hist[0]!);
      for (let j = 1; j < hist.length; j++) {
        const i = findChild(j + 1, ctxBegin, ctxEnd, hist[j]!);
        if (i < 0) break;
        if (j >= first) backoff += weights(j + 1, i).backoff;
        ctxBegin = firstChild(j + 1, i);
        ctxEnd = firstChild(j + 1, i + 1);
      }
    }
    return { logProb: (prob + backoff) * LOG10_BASE, used };
  };
  const idsOf = (words: readonly string[]): number[] => {
    if (words.length === 0) throw new RangeError('logProb needs at least one word');
    return words.slice(-order).map(wordId);
  };

  return {
    order,
    counts: Object.freeze([...counts]),
    vocabularySize: vocab,
    quantization: quant ? '16-bit' : 'none',
    unkLogProb,
    has: (word) => wordId(word) >= 0,
    unigramLogProb(word) {
      const id = wordId(word);
      return id < 0 ? unkLogProb : unigramProb(id) * LOG10_BASE;
    },
    logProb: (words) => score(idsOf(words)).logProb,
    wordAt(id) {
      if (!Number.isInteger(id) || id < 0 || id >= vocab) throw new RangeError(`no word of id ${id}`);
      return bytes.toString('latin1', starts[id]!, starts[id + 1]! - 1);
    },
    matchedOrder: (words) => score(idsOf(words)).used,
    sequenceLogProb(words) {
      const ids = words.map(wordId);
      let total = 0;
      for (let n = 0; n < words.length; n++) {
        if (words[n] === '<s>') continue;
        total += score(ids.slice(Math.max(0, n - order + 1), n + 1)).logProb;
      }
      return total;
    },
  };
}
