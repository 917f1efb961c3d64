/**
 * The JSON schema of `faithful.config.json`. Rule ids are not listed here: they come from the rules
 * loaded at run time (built-in plus plugins) and are checked after the schema, so that a misspelt rule
 * is an error rather than a rule silently not configured.
 */
export const RULE_SETTING_SCHEMA = {
  oneOf: [
    { enum: ['off', 'minor', 'major', 'critical'] },
    {
      type: 'array',
      minItems: 1,
      maxItems: 2,
      items: [{ enum: ['off', 'minor', 'major', 'critical'] }, { type: 'object' }],
      additionalItems: false,
    },
  ],
} as const;

export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    rules: { type: 'object', additionalProperties: RULE_SETTING_SCHEMA },
    gate: {
      type: 'object',
      additionalProperties: false,
      properties: {
        // Limits take -1 for no limit, as on the command line (--max-score -1).
        maxScore: { anyOf: [{ type: 'number', minimum: 0 }, { const: -1 }] },
        failOn: { enum: ['minor', 'major', 'critical', 'none'] },
        maxFindings: { anyOf: [{ type: 'integer', minimum: 0 }, { const: -1 }] },
        // A share of the target's words.
        maxUnsupportedShare: { anyOf: [{ type: 'number', minimum: 0, maximum: 1 }, { const: -1 }] },
        minConfidence: { type: 'number', minimum: 0, maximum: 1 },
        weights: {
          type: 'object',
          additionalProperties: false,
          required: ['minor', 'major', 'critical'],
          properties: { minor: { type: 'number', minimum: 0 }, major: { type: 'number', minimum: 0 }, critical: { type: 'number', minimum: 0 } },
        },
      },
    },
    language: {
      type: 'object',
      additionalProperties: false,
      properties: {
        source: { type: 'string', pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$' },
        target: { type: 'string', pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$' },
      },
    },
    baseline: { type: 'string', minLength: 1 },
    plugins: { type: 'array', items: { type: 'string', minLength: 1 } },
    data: { type: 'string', minLength: 1 },
  },
} as const;

/** The decisions file a reviewer exports from the HTML report, or `faithful baseline` writes. */
export const DECISIONS_SCHEMA = {
  type: 'object',
  required: ['decisions'],
  properties: {
    tool: { type: 'string' },
    decisions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['decision'],
        // The HTML report exports `fingerprint: null` for results made without fingerprints; those match by rule and text.
        anyOf: [{ required: ['fingerprint'], properties: { fingerprint: { type: 'string' } } }, { required: ['rule', 'target'] }],
        properties: {
          finding: { type: 'string' },
          fingerprint: { type: ['string', 'null'], minLength: 1 },
          rule: { type: 'string' },
          target: { type: ['string', 'null'] },
          decision: { enum: ['accepted', 'false-positive'] },
        },
      },
    },
  },
} as const;
