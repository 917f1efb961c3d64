// A faithful plugin: one rule object, default-exported. Load it from faithful.config.json
// ("plugins": ["./docs/examples/exclamation-added.js"]) or from the API (audit(s, t, { plugins: [...] })).
// Plain JavaScript (an ES module); a plugin may also export an array of rules.

/** @type {import('faithful').Rule} */
const exclamationAdded = {
  meta: {
    id: 'exclamation-added',
    description: 'An exclamation mark in the target that its aligned source sentence does not have.',
    category: 'style/register',
    defaultSeverity: 'minor',
    basis: 'the aligned source sentence',
  },
  /**
   * Options (from the configuration, e.g. `"exclamation-added": ["major", {"ignoreHeadings": false}]`):
   * - ignoreHeadings (default true): headlines are left alone.
   */
  check(context) {
    const ignoreHeadings = context.options.ignoreHeadings ?? true;
    const reports = [];
    for (const segment of context.targetSegments) {
      if (ignoreHeadings && segment.kind === 'heading') continue;
      const at = segment.text.indexOf('!');
      if (at < 0) continue;
      const alignment = context.alignmentOfTarget.get(segment.id);
      const sources = (alignment?.source ?? []).map((id) => context.segmentById.get(id)).filter(Boolean);
      if (sources.some((s) => s.text.includes('!'))) continue;
      const start = segment.start + at;
      reports.push({
        // Spans are offsets into the target text; `text` must equal the slice.
        target: { start, end: start + 1, text: context.target.text.slice(start, start + 1) },
        source: sources[0] ? { start: sources[0].start, end: sources[0].end, text: sources[0].text } : null,
        message: 'Exclamation mark not in the source: the translation raises the tone',
        suggestion: '.',
      });
    }
    return reports;
  },
};

export default exclamationAdded;
