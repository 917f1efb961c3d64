import { createRequire } from 'node:module';
import type { Ajv, Options, ValidateFunction } from 'ajv';

/**
 * A JSON-schema validator compiled on first use. Loading Ajv and compiling a schema take about 100 ms,
 * which every start of the CLI paid at import time, though most runs read no configuration file or
 * baseline. Ajv is CommonJS, so it is required here, synchronously, only when a validator is first asked for.
 */
export function lazyValidator(schema: object, options: Options): () => ValidateFunction {
  let validate: ValidateFunction | undefined;
  return () => {
    if (!validate) {
      const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as { Ajv: typeof Ajv };
      validate = new AjvClass(options).compile(schema);
    }
    return validate;
  };
}
