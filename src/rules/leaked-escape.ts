import { spanIn, type Rule, type RuleReport } from './rule.ts';

/**
 * A character's escape left in the text where the character should be: "u20a4 66" for £66 (a JSON
 * `\u20a4` that lost its backslash), "&amp;" or "&#8217;" (HTML entities a scraper did not decode). The
 * escapes are decoded, not listed: `\uXXXX` for punctuation, symbols and accented letters (U+00A0–U+024F,
 * U+2000–U+20CF), and numeric HTML references; named ones only for the few a page's text uses (`&amp;`,
 * `&quot;`, `&apos;`, `&nbsp;`, `&lt;`, `&gt;`). Read from the target alone, so it works where no sentence
 * has a source; an escape the source writes too is the article's own (a page about encodings).
 */
export const leakedEscape: Rule = {
  meta: {
    id: 'leaked-escape',
    description: 'A character escape (\\u20a4, &amp;, &#8217;) left in the text instead of the character.',
    category: 'fluency/character-encoding',
    defaultSeverity: 'minor',
    basis: 'the target text: the escape decodes to a character (JSON \\u escapes, HTML character references)',
    // An escape is unambiguous; a word that happens to look like one ("u2000" as a model name) is rare.
    defaultConfidence: 0.9,
  },
  check(context) {
    const reports: RuleReport[] = [];
    const text = context.target.text;
    const inSource = (escape: string) => context.source.text.includes(escape);
    for (const m of text.matchAll(ESCAPE)) {
      const char = decode(m[0]);
      if (char === null || inSource(m[0])) continue;
      reports.push({
        target: spanIn(context.target, m.index, m.index + m[0].length),
        source: null,
        message: `Character escape left in the text: “${m[0]}” stands for “${char}”`,
        suggestion: char,
        // A currency sign or a letter lost changes what is read ("u20a4 66" is no sum); a quote mark does not.
        ...(/[\p{Sc}\p{L}]/u.test(char) ? { severity: 'major' as const } : {}),
      });
    }
    return reports;
  },
};

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", nbsp: '\u00a0', lt: '<', gt: '>' };

// `u20a4` stands alone as a word (the backslash, if any, kept); HTML references end with their semicolon.
const ESCAPE = /(?:\\|(?<![\p{L}\p{N}]))u(?:00[a-f][0-9a-f]|01[0-9a-f]{2}|02[0-4][0-9a-f]|20[0-9a-c][0-9a-f])(?![\p{L}\p{N}])|&(?:#\d{2,5}|#x[0-9a-f]{2,4}|amp|quot|apos|nbsp|lt|gt);/giu;

function decode(escape: string): string | null {
  const unicode = /u([0-9a-f]{4})$/iu.exec(escape);
  if (unicode && !escape.startsWith('&')) return String.fromCharCode(parseInt(unicode[1]!, 16));
  const named = /^&([a-z]+);$/iu.exec(escape);
  if (named) return NAMED[named[1]!.toLowerCase()] ?? null;
  const numeric = /^&#(x?)([0-9a-f]+);$/iu.exec(escape);
  if (!numeric) return null;
  const code = parseInt(numeric[2]!, numeric[1] ? 16 : 10);
  return code >= 32 && code <= 0xffff ? String.fromCharCode(code) : null;
}
