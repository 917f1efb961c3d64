/**
 * Says which real-set texts are present, missing or changed (sha256), and how to gather a missing one again.
 *
 *   node --import tsx scripts/real-set/check.ts
 *
 * Exit 0 when every text is present and matches; 1 otherwise.
 */
import { loadTexts, readManifest } from '../../eval/real/manifest.ts';

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
process.exitCode = bad ? 1 : 0;
