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
 * 5. lib/cli.bundle.cjs, the same CLI as one CommonJS script, and lib/cli.bundle.cache, V8's code cache
 *    of it taken after a seed audit: bin/faithful.js (through bin/cli-bundle.js) starts from them.
 *
 * No install script: nothing runs on the user's machine at `npm install`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
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
/**
 * Each lib/ module's `import.meta.url` is its own file's, found relative to the bundle (lib/cli.bundle.js
 * or lib/cli.bundle.cjs, whose URL is `base`).
 */
const ownUrls = (base: string): Plugin => ({
  name: 'own-module-urls',
  setup(builder) {
    builder.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(LIB + sep)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const url = `new URL(${JSON.stringify('./' + relative(LIB, args.path).split(sep).join('/'))}, ${base}).href`;
      if (/import\.meta\.(?!url\b)/u.test(source)) throw new Error(`${args.path}: only import.meta.url is rewritten for the bundle`);
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
});
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
  plugins: [ownUrls('import.meta.url')],
});
// The same CLI as one CommonJS script, which bin/faithful.js compiles with V8's code cache
// (lib/cli.bundle.cache, below): Node 20 has no compile cache for ES modules. Batch workers still start from the ES module.
await build({
  entryPoints: [entry],
  outfile: join(LIB, 'cli.bundle.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "const __faithfulBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [ownUrls('__faithfulBundleUrl')],
});
rmSync(entry);
// V8's code cache of the CommonJS bundle, taken after a seed audit (so it holds the functions an audit
// compiles, not just the top level): bin/faithful.js reads it, and V8 rejects it (compiling as usual) on
// another Node or V8 version. It saves about 0.1 s of every start (docs/performance.md).
const seed = join(ROOT, 'corpus', 'bloomberg-italy-isf-gaza');
const cache = join(LIB, 'cli.bundle.cache');
rmSync(cache, { force: true });
const maker = `const { loadCliBundle } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'bin', 'cli-bundle.js')).href)});
const bundle = loadCliBundle(${JSON.stringify(join(LIB, 'cli.bundle.cjs'))}, ${JSON.stringify(cache)});
const io = { stdout() {}, stderr: (t) => process.stderr.write(t), isTty: false, isStderrTty: false, cwd: process.cwd() };
const code = bundle.exports.runCli(['audit', '--source', ${JSON.stringify(join(seed, 'source.txt'))}, '--target', ${JSON.stringify(join(seed, 'target.txt'))}, '--format', 'json', '--no-config'], io);
if (code !== 0 && code !== 1) throw new Error('the seed audit exited ' + code);
bundle.writeCache();`;
execFileSync(process.execPath, ['--input-type=module', '-e', maker], { stdio: ['ignore', 'ignore', 'inherit'] });
console.error(`lib/: compiled, lib/cli.bundle.js (${(statSync(join(LIB, 'cli.bundle.js')).size / 1e6).toFixed(1)} MB); ${tablesAsked.size} lexicon tables in lib/tables/ (${(bytes / 1e6).toFixed(1)} MB)`);
