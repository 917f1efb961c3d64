/**
 * The batch substitution map (docs/batch-spinning.md) on one simulated spinner site: the 16 fixture
 * texts of the spinner evaluation (eval/thesaurus-spinner.ts) spun with ONE thesaurus choice per
 * word for the whole site (a site's spinner swaps a word the same way in every article), each with a
 * paragraph that has no source (another text's last paragraph, spun the same way). The faithful rewrites
 * of the same texts, with the same extra paragraph unspun, form a second site (the controls). Both are
 * audited as one batch run, with the map and with `batch-spinning` off; counted: the spun words of the
 * no-source paragraphs flagged as mistranslations (major or critical, at or above the confidence
 * threshold), and batch-spinning findings on no spun word (false alarms), on both sites.
 *
 * Run: node --import tsx scripts/batch-map-spinner.ts [p] [seed]   (default p 0.35, seed 1; needs mythes-en-us)
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditWithAndWithoutMap } from './batch-map-run.ts';
import { inflect, lemmatise, loadThesaurus, replacements, rng, SPINNER_TEXTS, thesaurusAvailable } from '../eval/thesaurus-spinner.ts';
import { isStopword } from '../src/text/words.ts';

if (!thesaurusAvailable()) {
  console.error('needs the LibreOffice thesaurus (apt-get install mythes-en-us)');
  process.exit(2);
}
const p = Number(process.argv[2] ?? 0.35);
const random = rng(Number(process.argv[3] ?? 1));
const thesaurus = loadThesaurus();
const siteMap = new Map<string, string>();

/** Spins lower-case content words with probability p, always to the site's one choice for the lemma. */
function spinSite(text: string): { text: string; spun: { start: number; end: number }[] } {
  let out = '';
  let last = 0;
  const spun: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[a-z]+/g)) {
    const word = m[0];
    if (word.length < 3 || isStopword(word) || /[-'’\dA-Za-z]/.test(text[m.index - 1] ?? '') || /[-'’\d]/.test(text[m.index + word.length] ?? '')) continue;
    const analysis = lemmatise(word, thesaurus);
    if (!analysis) continue;
    let choice = siteMap.get(analysis.lemma);
    if (choice === undefined) {
      const candidates = replacements(analysis.lemma, analysis.tag, thesaurus);
      if (!candidates.length) continue;
      siteMap.set(analysis.lemma, (choice = candidates[Math.floor(random() * candidates.length)]!));
    }
    if (random() >= p) continue;
    const replacement = inflect(choice, analysis.tag);
    out += text.slice(last, m.index);
    spun.push({ start: out.length, end: out.length + replacement.length });
    out += replacement;
    last = m.index + word.length;
  }
  return { text: out + text.slice(last), spun };
}

const fixtures = join(import.meta.dirname, '..', '__tests__', 'fixtures');
const read = (dir: string, file: string) => readFileSync(join(fixtures, dir, file), 'utf8').replace(/^\uFEFF/, '').trim();
const lastParagraph = (text: string) => text.split(/\n\s*\n/).filter((s) => s.trim()).at(-1)!.trim();
const corpus = mkdtempSync(join(tmpdir(), 'faithful-site-'));
const gold = new Map<string, { start: number; end: number }[]>();
let spunBackground = 0;
SPINNER_TEXTS.forEach(({ dir }, i) => {
  const source = read(dir, 'source.txt');
  const extra = lastParagraph(read(SPINNER_TEXTS[(i + 1) % SPINNER_TEXTS.length]!.dir, 'source.txt'));
  const body = spinSite(source);
  const background = spinSite(extra);
  const offset = body.text.length + 2;
  const name = dir.replace('/', '-');
  const write = (pair: string, target: string, site: string) => {
    mkdirSync(join(corpus, 'pairs', pair), { recursive: true });
    writeFileSync(join(corpus, 'pairs', pair, 'source.txt'), source + '\n');
    writeFileSync(join(corpus, 'pairs', pair, 'target.txt'), target + '\n');
    writeFileSync(join(corpus, 'pairs', pair, 'meta.json'), JSON.stringify({ site }));
  };
  write(`${name}-spun`, `${body.text}\n\n${background.text}`, 'spinner');
  write(`${name}-control`, `${read(dir, 'faithful.txt')}\n\n${extra}`, 'controls');
  gold.set(`${name}-spun`, [...body.spun, ...background.spun.map((s) => ({ start: s.start + offset, end: s.end + offset, background: true }))]);
  spunBackground += background.spun.length;
});

type Json = { findings: { rule: string; confidence: number; severity: string; category: string; target: { start: number; end: number } | null }[]; summary: { minConfidence: number } };
const said = auditWithAndWithoutMap(corpus);
const counted = (dir: string, pair: string) => {
  const json = JSON.parse(readFileSync(join(corpus, dir, `${pair}.json`), 'utf8')) as Json;
  return json.findings.filter((f) => f.target && f.confidence >= json.summary.minConfidence);
};
const hits = (f: { target: { start: number; end: number } | null }, s: { start: number; end: number }) => f.target!.start < s.end && s.start < f.target!.end;
const flagged = (dir: string) => {
  let n = 0;
  for (const [pair, spans] of gold) {
    const found = counted(dir, pair).filter((f) => f.category === 'accuracy/mistranslation' && f.severity !== 'minor');
    n += spans.filter((s) => 'background' in s && found.some((f) => hits(f, s))).length;
  }
  return n;
};
let falseSpun = 0;
let trueMap = 0;
let falseControl = 0;
for (const [pair, spans] of gold) {
  for (const f of counted('on', pair).filter((f) => f.rule === 'batch-spinning')) {
    if (spans.some((s) => hits(f, s))) trueMap++;
    else falseSpun++;
  }
  falseControl += counted('on', pair.replace(/-spun$/, '-control')).filter((f) => f.rule === 'batch-spinning').length;
}
console.log(`p ${p}: ${said}`);
console.log(`spun words in no-source paragraphs flagged: ${flagged('off')}/${spunBackground} without the map, ${flagged('on')}/${spunBackground} with it`);
console.log(`batch-spinning findings on the spinner site: ${trueMap} on spun words, ${falseSpun} elsewhere; on the controls: ${falseControl}`);
