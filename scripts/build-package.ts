/**
 * Builds what the npm package runs, into `lib/` (gitignored): `npm pack` and `npm publish` run it
 * (`prepack`), and `npm run build` does by hand.
 *
 * 1. `tsc -p tsconfig.build.json`: src/ compiled to lib/ (ES modules, `.d.ts` types, source maps
 *    with their sources inlined, so the package need not ship src/).
 * 2. The files beside the sources that the code reads (the HTML report's browser.js).
 * 3. The compact lexicon tables (Hunspell expansion, WordNet, Brown Corpus) into lib/tables/, so the
 *    first run after install reads them instead of building them (src/lexicon/shipped-tables.ts).
 *    They are built here from the installed dictionary packages, exactly as a first run would build them.
 *
 * No install script: nothing runs on the user's machine at `npm install`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { englishDictionary } from '../src/lexicon/dictionary.ts';
import { tablesAsked } from '../src/lexicon/shipped-tables.ts';
import { wordnet } from '../src/lexicon/wordnet.ts';
import { brown } from '../src/detect/brown.ts';

const ROOT = join(import.meta.dirname, '..');
const LIB = join(ROOT, 'lib');

/** Files the compiled code reads beside itself, copied as they are (relative to src/). */
const ASSETS = ['report/html/browser.js'];

rmSync(LIB, { recursive: true, force: true });
execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
for (const asset of ASSETS) copyFileSync(join(ROOT, 'src', asset), join(LIB, asset));

// Loading each lexicon builds its table into the cache when it is not there yet; the cached files are
// then copied under the same names, which carry the table's version (see tableFile()).
englishDictionary().isWord('word');
wordnet().senses('word');
brown().stem('word');
const tables = join(LIB, 'tables');
mkdirSync(tables, { recursive: true });
let bytes = 0;
for (const file of tablesAsked) {
  copyFileSync(file, join(tables, basename(file)));
  bytes += statSync(file).size;
}
console.error(`lib/: compiled; ${tablesAsked.size} lexicon tables in lib/tables/ (${(bytes / 1e6).toFixed(1)} MB)`);
