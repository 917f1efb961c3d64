import { describe, expect, test } from '@jest/globals';
import { seedPair } from '../helpers/seed.ts';
import { findingsOf } from './helpers.ts';

const SOURCE = 'Italy offered to train the future police of the enclave, officials in Rome said on Friday.';

describe('document-spinning', () => {
  test.each([
    [SOURCE, SOURCE],
    // "coach" in a sentence without source, but the document never swapped train → coach.
    [SOURCE, `${SOURCE} The national team will hire a new coach next season.`],
    // The source's term is kept.
    ['The Gaza security force will deploy in the spring.', 'The Gaza security force will deploy in the spring. Security forces will guard the crossings.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf('document-spinning', source, target)).toEqual([]);
  });

  test("a swap seen in an aligned sentence is found again where there is no source", () => {
    const target = 'Italy offered to coach the future police of the enclave, officials in Rome said on Friday. The carabinieri would coach recruits in Jordan next year.';
    const found = findingsOf('document-spinning', SOURCE, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, at: f.target?.start }))).toEqual([
      { text: 'coach', suggestion: 'train', at: target.lastIndexOf('coach') },
    ]);
    expect(found[0]!.message).toMatch(/document's substitute for “train”/);
  });

  test('a swapped word glued to a function word ("tocoaching") is found inside the token', () => {
    const target = 'Italy offered to coach the future police of the enclave, officials in Rome said on Friday. Above all the plan is tocoaching recruits in Jordan.';
    const found = findingsOf('document-spinning', SOURCE, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion }))).toEqual([{ text: 'coaching', suggestion: 'training' }]);
  });

  test("a source term broken by a swapped modifier, then the same swap elsewhere", () => {
    const source = 'The U.S. wants a Gaza security force to keep the peace.';
    const target = 'Washington has drafted a plan for the enclave. Palestinian safety forces would be vetted by Egypt, and the safety of aid convoys would be guaranteed.';
    const found = findingsOf('document-spinning', source, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, source: f.source?.text ?? null }))).toEqual([
      { text: 'safety', suggestion: 'security', source: 'security' },
      { text: 'safety', suggestion: 'security', source: null },
    ]);
  });

  // A source pair whose head was swapped: the source pair may sit in a sentence the target dropped.
  const DROPPED = 'Madrid sent two ships to the gulf. Some officials on the Spanish side have doubts about the mission.';
  test.each([
    // The head swapped for a synonym that keeps the meaning.
    ['The plan was backed by Arab states in the region. Egypt will host the talks.', 'The plan was backed in the region. Arab nations want Egypt to host the talks.'],
    // The source itself uses the target's head.
    [`${DROPPED} Every aspect of the mission is secret.`, 'Madrid sent two ships to the gulf. On the Spanish aspect, every detail of the mission is secret.'],
    // The target also uses the source's head: "aspect" is then its own word.
    [DROPPED, 'Madrid sent two ships to the gulf. The Spanish side agreed, and the Spanish aspect of the plan is settled.'],
  ])('valid (head swaps): %s → %s', (source, target) => {
    expect(findingsOf('document-spinning', source, target)).toEqual([]);
  });

  test("a source pair with its head swapped for a wrong-sense synonym, in a sentence of another alignment", () => {
    const target = 'Madrid sent two ships to the gulf. On the Spanish aspect, the navy is ready to sail.';
    const found = findingsOf('document-spinning', DROPPED, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, source: f.source?.text, at: f.target?.start }))).toEqual([
      { text: 'aspect', suggestion: 'side', source: 'side', at: target.indexOf('aspect') },
    ]);
    expect(found[0]!.message).toMatch(/“Spanish side” with “side” swapped for “aspect”/);
  });

  // A noun taken from the verb sense of a source term's head ("security force" → "pressure").
  const TERM = 'A Gaza security force will keep the peace.';
  test.each([
    // A noun synset shared with the term's head ("force, personnel") keeps the meaning.
    [TERM, `${TERM} Egypt will vet the personnel in Cairo.`],
    // A word used mostly as a verb ("push": to force) is not taken for a swapped noun.
    [TERM, `${TERM} Egypt pushed the plan in Cairo.`],
    // No WordNet term fixes the sense of the source's "force".
    ['The force of the storm was huge. Rain fell.', 'The force of the storm was huge. Rain fell under high pressure in Cairo.'],
    // The source uses the target's word itself.
    [`${TERM} Pressure on Egypt grew.`, `${TERM} Egypt felt the pressure in Cairo.`],
  ])('valid (cross-POS heads): %s → %s', (source, target) => {
    expect(findingsOf('document-spinning', source, target)).toEqual([]);
  });

  test("a noun that means the source term's head only as a verb", () => {
    const target = `${TERM} Egypt will train the multinational pressure in Cairo.`;
    const found = findingsOf('document-spinning', TERM, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, source: f.source?.text, at: f.target?.start }))).toEqual([
      { text: 'pressure', suggestion: 'force', source: 'force', at: target.indexOf('pressure') },
    ]);
    expect(found[0]!.message).toMatch(/only as a verb.*“security force”/);
  });

  test('on the seed pair it extends train → coaching and security → safety to the background section', () => {
    const { source, target } = seedPair();
    const flagged = findingsOf('document-spinning', source.text, target.text).map((f) => f.target?.text);
    expect(flagged.filter((t) => t === 'safety').length).toBeGreaterThanOrEqual(3);
    expect(flagged).toContain('coaching');
    expect(findingsOf('document-spinning', source.text, source.text)).toEqual([]);
  });
});
