// Loads the CLI for bin/faithful.js. Through tsx, every one of the ~500 modules of the CLI passes
// tsx's loader hooks on each start, which takes most of a second. So the first start after the
// sources change bundles the CLI once with esbuild into node_modules/.cache/faithful/ (a cache keyed
// by the sources' paths, sizes and times, and the lockfile); later starts import that one file.
//
// The bundle is a cache, not a build product: each module keeps its own `import.meta.url` (the
// source file's), so data files, the lexicons and the batch worker are found exactly as from the
// sources. When anything goes wrong, or with FAITHFUL_NO_BUNDLE=1, the CLI runs through tsx as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src', 'cli', 'main.ts');
const CACHE = join(ROOT, 'node_modules', '.cache', 'faithful');

export async function loadCli() {
  if (!process.env.FAITHFUL_NO_BUNDLE) {
    try {
      const bundle = join(CACHE, `cli-${fingerprint()}.mjs`);
      if (!existsSync(bundle)) await build(bundle);
      return await import(pathToFileURL(bundle).href);
    } catch {
      // No esbuild, a read-only installation, a bundle that does not load: run the sources.
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(ENTRY).href);
}

/** `faithful serve` (src/cli/serve.ts) through tsx: Fastify and the worker pool stay out of the CLI bundle. */
export async function loadServe() {
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(join(ROOT, 'src', 'cli', 'serve.ts')).href);
}

/** Paths, sizes and modification times of the sources, the lockfile and this file. */
function fingerprint() {
  const hash = createHash('sha1');
  const add = (path) => {
    const stat = statSync(path);
    hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk(join(ROOT, 'src'));
  for (const file of ['package.json', 'package-lock.json']) if (existsSync(join(ROOT, file))) add(join(ROOT, file));
  add(fileURLToPath(import.meta.url));
  return hash.digest('hex').slice(0, 16);
}

async function build(bundle) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // CommonJS dependencies bundled into an ES module still call require for Node's built-ins.
    banner: { js: "import { createRequire as __faithfulRequire } from 'node:module'; const require = __faithfulRequire(import.meta.url);" },
    plugins: [keepModuleUrls],
  });
  mkdirSync(CACHE, { recursive: true });
  for (const old of readdirSync(CACHE)) if (/^cli-[0-9a-f]+\.mjs$/.test(old)) rmSync(join(CACHE, old), { force: true });
  const temp = `${bundle}.${process.pid}.tmp`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, bundle);
}

/** Each module's `import.meta.url`, `dirname` and `filename` stay those of its own file. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.(?:ts|mts|js|mjs)$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: /\.m?ts$/.test(args.path) ? 'ts' : 'js' };
    });
  },
};
