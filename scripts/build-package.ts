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
 * 4. lib/cli.bundle.js, the command's start-up file: lib/cli/main.js and the batch worker with the
 *    dependencies they import, in one ES module (esbuild). Node 20 spends most of a start resolving,
 *    reading and compiling modules one by one (about 450 of them: 0.4 s of a 0.9 s seed audit); one file
 *    takes a fraction of that. Each module keeps its own location for the files it reads: its
 *    `import.meta.url` becomes its lib/ file's URL, relative to the bundle. The library (`import` from
 *    'faithful-audit') stays lib/index.js, module by module, with its types.
 *
 * No install script: nothing runs on the user's machine at `npm install`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { englishDictionary } from '../src/lexicon/dictionary.ts';
import { tablesAsked } from '../src/lexicon/shipped-tables.ts';
import { wordnet } from '../src/lexicon/wordnet.ts';
import { brown } from '../src/detect/brown.ts';
import { italianLemmas } from '../src/bilingual/italian-lemmas.ts';

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
italianLemmas('parola');
const tables = join(LIB, 'tables');
mkdirSync(tables, { recursive: true });
let bytes = 0;
for (const file of tablesAsked) {
  copyFileSync(file, join(tables, basename(file)));
  bytes += statSync(file).size;
}

// The CLI bundle. Its entry re-exports what bin/faithful.js and the batch workers call.
const entry = join(LIB, 'cli-bundle-entry.js');
writeFileSync(entry, "export { runCli, runDataCommand } from './cli/main.js';\nexport { startBatchWorker } from './batch/worker-main.js';\n");
/** Each lib/ module's `import.meta.url` is its own file's, found relative to the bundle (lib/cli.bundle.js). */
const ownUrls: Plugin = {
  name: 'own-module-urls',
  setup(builder) {
    builder.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(LIB + sep)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const url = `new URL(${JSON.stringify('./' + relative(LIB, args.path).split(sep).join('/'))}, import.meta.url).href`;
      if (/import\.meta\.(?!url\b)/u.test(source)) throw new Error(`${args.path}: only import.meta.url is rewritten for the bundle`);
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};
await build({
  entryPoints: [entry],
  outfile: join(LIB, 'cli.bundle.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
  // CommonJS dependencies bundled into an ES module still call require for Node's built-ins.
  banner: { js: "import { createRequire as __faithfulRequire } from 'node:module'; const require = __faithfulRequire(import.meta.url);" },
  plugins: [ownUrls],
});
rmSync(entry);
console.error(`lib/: compiled, lib/cli.bundle.js (${(statSync(join(LIB, 'cli.bundle.js')).size / 1e6).toFixed(1)} MB); ${tablesAsked.size} lexicon tables in lib/tables/ (${(bytes / 1e6).toFixed(1)} MB)`);
