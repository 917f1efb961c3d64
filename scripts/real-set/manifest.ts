/**
 * Builds corpus/real/pairs.tsv from the gatherers' lists (corpus/real/gather/*.tsv: name, kind,
 * derived_site, original_url, derived_url, trim) and the texts on disk: adds each text's sha256 and the
 * pair's split (by site, eval/real/manifest.ts splitOf). A pair already in pairs.tsv keeps its split.
 *
 *   node --import tsx scripts/real-set/manifest.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_DIR } from '../../eval/real/annotations.ts';
import { MANIFEST_COLUMNS, MANIFEST_PATH, readManifest, sha256, splitOf, textPath, type RealPair } from '../../eval/real/manifest.ts';

const known = new Map(readManifest().map((p) => [p.name, p]));
const gatherDir = join(REAL_DIR, 'gather');
for (const file of existsSync(gatherDir) ? readdirSync(gatherDir).filter((f) => f.endsWith('.tsv')).sort() : []) {
  const [head, ...lines] = readFileSync(join(gatherDir, file), 'utf8').split('\n').filter((l) => l.trim());
  const cols = head!.split('\t').map((c) => c.trim());
  for (const line of lines) {
    const cells = line.split('\t');
    const get = (c: string) => (cells[cols.indexOf(c)] ?? '').trim();
    const name = get('name');
    if (!name || !existsSync(textPath(name, 'source')) || !existsSync(textPath(name, 'target'))) {
      console.error(`skipped ${name || '(no name)'} in ${file}: texts absent`);
      continue;
    }
    const site = get('derived_site').replace(/^www\./, '');
    const previous = known.get(name);
    known.set(name, {
      name,
      split: previous?.split ?? splitOf(site),
      kind: get('kind') as RealPair['kind'],
      site,
      originalUrl: get('original_url'),
      derivedUrl: get('derived_url'),
      trim: get('trim'),
      sourceSha256: sha256(readFileSync(textPath(name, 'source'), 'utf8')),
      targetSha256: sha256(readFileSync(textPath(name, 'target'), 'utf8')),
    });
  }
}
const rows = [...known.values()].sort((a, b) => a.name.localeCompare(b.name));
const cell = (p: RealPair, c: (typeof MANIFEST_COLUMNS)[number]) =>
  ({ name: p.name, split: p.split, kind: p.kind, site: p.site, original_url: p.originalUrl, derived_url: p.derivedUrl, trim: p.trim, source_sha256: p.sourceSha256, target_sha256: p.targetSha256 })[c].replace(/[\t\n]/g, ' ');
writeFileSync(MANIFEST_PATH, [MANIFEST_COLUMNS.join('\t'), ...rows.map((p) => MANIFEST_COLUMNS.map((c) => cell(p, c)).join('\t'))].join('\n') + '\n');
const sites = new Map<string, Set<string>>();
for (const p of rows) (sites.get(p.split) ?? sites.set(p.split, new Set()).get(p.split)!).add(p.site);
console.log(`${MANIFEST_PATH}: ${rows.length} pairs; train sites ${sites.get('train')?.size ?? 0}, held-out sites ${sites.get('heldout')?.size ?? 0}`);
