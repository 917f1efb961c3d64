import { describe, expect, test } from '@jest/globals';
import { cmuTrigram, readTrigramModel, trigramAvailable } from '../../src/lexicon/trigram-lm.ts';

// A four-word trigram model written in the sphinx trie layout, unquantised and 16-bit quantised, so the
// reader's bit packing and every backoff path are checked whatever is installed.
const LOG10_BASE = Math.log10(1.0001);
const WORDS = ['</s>', '<s>', 'a', 'b']; // ids 0..3, sorted as bytes
const UNIGRAMS: [number, number][] = [[-1, 0], [-99, -0.5], [-0.6, -0.3], [-0.7, -0.2]];
// Reversed trie: bigram entries grouped by their last word, then sorted by the first word.
const BIGRAMS = [
  { words: [3, 0], prob: -0.3, backoff: 0 }, // b </s>
  { words: [1, 2], prob: -0.4, backoff: -0.1 }, // <s> a
  { words: [2, 3], prob: -0.2, backoff: -0.05 }, // a b
];
const TRIGRAMS = [{ words: [1, 2, 3], prob: -0.1 }]; // <s> a b, child of "a b"

function synthetic(quant: boolean): Buffer {
  const bits = (max: number) => (max === 0 ? 0 : Math.floor(Math.log2(max)) + 1);
  const wordBits = bits(WORDS.length);
  const nextBits = bits(TRIGRAMS.length);
  const middleWidth = wordBits + (quant ? 32 : 63) + nextBits;
  const longestWidth = wordBits + (quant ? 16 : 31);
  const size = (count: number, width: number) => Math.floor(((1 + count) * width + 7) / 8) + 8;
  const middle = Buffer.alloc(size(BIGRAMS.length, middleWidth));
  const longest = Buffer.alloc(size(TRIGRAMS.length, longestWidth));
  const put = (buf: Buffer, bit: number, length: number, value: number) => {
    for (let i = 0; i < length; i++) if (Math.floor(value / 2 ** i) % 2) buf[(bit + i) >> 3]! |= 1 << ((bit + i) & 7);
  };
  const f32 = (x: number) => {
    const view = new DataView(new ArrayBuffer(4));
    view.setFloat32(0, x / LOG10_BASE);
    return view.getUint32(0);
  };
  // 16-bit tables: value i of each list sits at bin i.
  const tables = [BIGRAMS.map((g) => g.prob), BIGRAMS.map((g) => g.backoff), TRIGRAMS.map((g) => g.prob)];
  BIGRAMS.forEach((g, i) => {
    let bit = i * middleWidth;
    put(middle, bit, wordBits, g.words[0]!);
    bit += wordBits;
    if (quant) {
      put(middle, bit, 16, i); // backoff bin
      put(middle, bit + 16, 16, i); // probability bin
    } else {
      put(middle, bit, 31, f32(g.prob) & 0x7fffffff);
      put(middle, bit + 31, 32, f32(g.backoff));
    }
  });
  // First child of each bigram, and one past the last: only "a b" (entry 2) has a trigram.
  [0, 0, 0, 1].forEach((next, i) => put(middle, (i + 1) * middleWidth - nextBits, nextBits, next));
  TRIGRAMS.forEach((g, i) => {
    put(longest, i * longestWidth, wordBits, g.words[0]!);
    if (quant) put(longest, i * longestWidth + wordBits, 16, i);
    else put(longest, i * longestWidth + wordBits, 31, f32(g.prob) & 0x7fffffff);
  });
  const head = Buffer.alloc(20 + 12 + 4);
  head.write('Trie Language Model', 0, 'latin1');
  head[19] = 3;
  [WORDS.length, BIGRAMS.length, TRIGRAMS.length].forEach((n, i) => head.writeUInt32LE(n, 20 + 4 * i));
  head.writeInt32LE(quant ? 1 : 0, 32);
  const table = Buffer.alloc(quant ? 3 * 65536 * 4 : 0);
  if (quant) tables.forEach((values, t) => values.forEach((v, i) => table.writeFloatLE(v / LOG10_BASE, (t * 65536 + i) * 4)));
  const unigrams = Buffer.alloc((WORDS.length + 1) * 12);
  const firstBigram = [0, 1, 1, 2, 3]; // by last word, plus the sentinel
  firstBigram.forEach((next, id) => {
    const [prob, backoff] = UNIGRAMS[id] ?? [0, 0];
    unigrams.writeFloatLE(prob / LOG10_BASE, id * 12);
    unigrams.writeFloatLE(backoff / LOG10_BASE, id * 12 + 4);
    unigrams.writeUInt32LE(next, id * 12 + 8);
  });
  const strings = Buffer.from(WORDS.map((w) => `${w}\0`).join(''), 'latin1');
  const length = Buffer.alloc(4);
  length.writeInt32LE(strings.length);
  return Buffer.concat([head, table, unigrams, middle, longest, length, strings]);
}

describe.each([
  ['unquantised', false],
  ['16-bit quantised', true],
])('trie reader on a synthetic %s model', (_name, quant) => {
  const model = readTrigramModel(synthetic(quant));
  test('header and vocabulary', () => {
    expect(model.counts).toEqual([4, 3, 1]);
    expect(model.quantization).toBe(quant ? '16-bit' : 'none');
    expect(WORDS.map((_, id) => model.wordAt(id))).toEqual(WORDS);
    expect(model.unkLogProb).toBeCloseTo(-1, 5);
  });
  test.each([
    [['a'], -0.6, 1],
    [['a', 'b'], -0.2, 2], // bigram
    [['<s>', 'a', 'b'], -0.1, 3], // trigram
    [['b', 'a'], -0.6 - 0.2, 1], // P(a) + bo(b)
    [['<s>', 'a', 'a'], -1.0, 1], // P(a) + bo(a) + bo(<s> a) = -0.6 - 0.3 - 0.1
    [['a', 'b', '</s>'], -0.3 - 0.05, 2], // P(</s> | b) + bo(a b)
    [['b', 'a', 'b'], -0.2, 2], // "b a" is no context: no backoff weight
    [['a', 'zzz'], -1 - 0.3, 0], // unknown: the lowest unigram (</s>, -1) + bo(a)
    [['zzz', 'b'], -0.7, 1], // unknown history word cuts the history
  ])('logProb(%j) = %d (order %d)', (words, expected, order) => {
    expect(model.logProb(words)).toBeCloseTo(expected, 5);
    expect(model.matchedOrder(words)).toBe(order);
  });
  test('sequenceLogProb scores every word but <s>', () => {
    expect(model.sequenceLogProb(['<s>', 'a', 'b', '</s>'])).toBeCloseTo(-0.4 - 0.1 - 0.35, 5);
  });
});

const describeWithLm = trigramAvailable() ? describe : describe.skip;

describeWithLm('CMU US English trigram model (pocketsphinx-en-us)', () => {
  const lm = cmuTrigram();
  test('header: a 3-gram model of 72,547 words, 16-bit quantised', () => {
    expect(lm.order).toBe(3);
    expect(lm.vocabularySize).toBe(72547);
    expect(lm.counts).toEqual([72547, 2051547, 1669625]);
    expect(lm.quantization).toBe('16-bit');
  });
  test.each([['the'], ['of'], ['bank'], ['<s>'], ['</s>']])('%s is in the vocabulary', (word) => {
    expect(lm.has(word)).toBe(true);
  });
  test('the vocabulary is lowercase', () => {
    const cased: string[] = [];
    for (let id = 0; id < lm.vocabularySize; id++) if (lm.wordAt(id) !== lm.wordAt(id).toLowerCase()) cased.push(lm.wordAt(id));
    expect(cased).toEqual([]);
  });
  test('words are looked up lowercased; non-words are not in it', () => {
    expect(lm.has('The')).toBe(true);
    expect(lm.has('qzxvjw')).toBe(false);
    expect(lm.has('café')).toBe(false);
  });
  test('unigram log10 probabilities', () => {
    expect(lm.unigramLogProb('the')).toBeCloseTo(-1.39, 2);
    expect(lm.unigramLogProb('<s>')).toBeCloseTo(-99, 3); // ARPA's placeholder: <s> is never predicted
  });
  test('an unknown word gets the <unk> probability', () => {
    expect(lm.unigramLogProb('qzxvjw')).toBe(lm.unkLogProb);
    expect(lm.logProb(['qzxvjw'])).toBe(lm.unkLogProb);
    expect(lm.unkLogProb).toBeLessThan(lm.unigramLogProb('aardvark'));
  });
  test.each([
    [['interest', 'rates'], ['interest', 'fees']],
    [['central', 'bank'], ['central', 'financial']],
    [['of', 'the'], ['of', 'fee']],
    [['repo', 'rate'], ['repo', 'fee']],
    [['the', 'united', 'states'], ['the', 'united', 'fee']],
    [['the', 'united', 'states'], ['the', 'united', 'kingdom']],
  ])('P(%j) > P(%j)', (likely, odd) => {
    expect(lm.logProb(likely)).toBeGreaterThan(lm.logProb(odd) + 0.5);
  });
  test('a Katz model normalises: P(w | "central") sums to 1 over the vocabulary', () => {
    let sum = 0;
    for (let id = 0; id < lm.vocabularySize; id++) {
      const word = lm.wordAt(id);
      if (word !== '<s>') sum += 10 ** lm.logProb(['central', word]);
    }
    expect(sum).toBeCloseTo(1, 3);
  });
  test('a fluent sentence scores above the same words shuffled', () => {
    const fluent = ['<s>', 'the', 'central', 'bank', 'raised', 'interest', 'rates', '</s>'];
    const shuffled = ['<s>', 'bank', 'the', 'raised', 'central', 'rates', 'interest', '</s>'];
    expect(lm.sequenceLogProb(fluent)).toBeGreaterThan(lm.sequenceLogProb(shuffled) + 5);
  });
});

