/**
 * Lists every gold swap of the thesaurus-spinner pairs for hand review (corpus/spinner-review/):
 * pair name, split, target start offset, source word → target word, then the spun sentence with the
 * swap marked [[like this]] and the source sentence with the original word marked the same way.
 *
 * Run: cd /work/main && node --import tsx scripts/list-spinner-swaps.ts [--tsv] [PAIR-SUBSTRING]
 * (--tsv prints one tab-separated line per swap: pair, targetStart, source, target, spun sentence, source sentence)
 */
import { spinnerPairs } from '../eval/thesaurus-spinner.ts';

/** The sentence around [start, end) in text, with the span marked [[…]]; newlines shown as spaces. */
export function markedSentence(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?]\s/.test(text.slice(s - 2, s)) && text[s - 1] !== '\n') s--;
  let e = end;
  while (e < text.length && !/^[.!?]["')\u201d]?(\s|$)/.test(text.slice(e, e + 3)) && text[e] !== '\n') e++;
  if (e < text.length && text[e] !== '\n') e++;
  const out = `${text.slice(s, start)}[[${text.slice(start, end)}]]${text.slice(end, e)}`;
  return out.replace(/\s+/g, ' ').trim();
}

const args = process.argv.slice(2);
const tsv = args.includes('--tsv');
const filter = args.find((a) => !a.startsWith('--'));

let total = 0;
for (const pair of spinnerPairs()) {
  if (filter && !pair.name.includes(filter)) continue;
  const swaps = [...pair.gold].sort((a, b) => a.target.start - b.target.start);
  if (!tsv) console.log(`\n=== ${pair.name} (${pair.split}, ${swaps.length} swaps)`);
  for (const g of swaps) {
    total++;
    const spun = markedSentence(pair.spun, g.target.start, g.target.end);
    const src = markedSentence(pair.source, g.source.start, g.source.end);
    if (tsv) {
      console.log([pair.name, g.target.start, g.source.text, g.target.text, spun, src].join('\t'));
    } else {
      console.log(`${pair.name}\t${g.target.start}\t${g.source.text} → ${g.target.text}`);
      console.log(`  spun:   ${spun}`);
      console.log(`  source: ${src}`);
    }
  }
}
if (!tsv) console.log(`\n${total} swaps`);
