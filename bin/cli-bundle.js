// Loads lib/cli.bundle.cjs, the CLI as one CommonJS script, compiled with V8's code cache
// (lib/cli.bundle.cache, taken when the package is packed: scripts/build-package.ts). Node 20 has no
// compile cache for ES modules; with this one a start skips most of parsing and compiling the bundle and
// the functions its first audit runs. A cache from another Node or V8 version is rejected by V8, which
// then compiles as usual. Returns the bundle's exports and a function that writes a fresh cache.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

export function loadCliBundle(file, cacheFile) {
  const source = readFileSync(file, 'utf8');
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, writeCache: () => writeFileSync(cacheFile, script.createCachedData()) };
}
