/**
 * Says which real-set texts are present, missing or changed (sha256), and how to gather a missing one again:
 * the spinner set (corpus/real) and the bilingual set (corpus/bilingual-real: every split, fresh included, and
 * the project's faithful translations).
 *
 *   node --import tsx scripts/real-set/check.ts
 *
 * Exit 0 when every text is present and matches; 1 otherwise.
 */
import { loadTexts, readManifest } from '../../eval/real/manifest.ts';
import { loadFaithful, loadPair, readFaithful, readPairs } from '../../eval/bilingual-real.ts';

const pairs = readManifest();
let bad = 0;
for (const pair of pairs) {
  const texts = loadTexts(pair);
  if ('missing' in texts) {
    bad++;
    console.log(`${pair.name}: ${texts.missing}. Gather again (corpus/real/GATHERING.md): original ${pair.originalUrl}, derived ${pair.derivedUrl}; trim: ${pair.trim || 'none'}`);
  }
}
console.log(`${pairs.length - bad} of ${pairs.length} real pairs present and matching their sha256`);

const bilingual = readPairs();
let badBilingual = 0;
for (const pair of bilingual) {
  const texts = loadPair(pair);
  if ('missing' in texts) {
    badBilingual++;
    console.log(`bilingual ${pair.name} (${pair.split}): ${texts.missing}. Gather again (corpus/bilingual-real/README.md): Italian ${pair.sourceUrl}, English ${pair.targetUrl}; trim: ${pair.trim || 'none'}`);
  }
}
const faithful = readFaithful();
let badFaithful = 0;
for (const row of faithful) {
  if (!loadFaithful(row, bilingual)) {
    badFaithful++;
    console.log(`bilingual ${row.name}: faithful.txt absent or not matching its sha256 (corpus/bilingual-real/faithful.tsv)`);
  }
}
console.log(`${bilingual.length - badBilingual} of ${bilingual.length} bilingual pairs and ${faithful.length - badFaithful} of ${faithful.length} faithful translations present and matching their sha256`);
process.exitCode = bad || badBilingual || badFaithful ? 1 : 0;
