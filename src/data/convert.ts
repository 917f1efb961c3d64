import { parseCsv } from '../text/csv.ts';
/**
 * Converters from an upstream file to the TSV a rule reads. Both are pure functions of the text, so
 * the sha256 of their output is pinned in lists.ts.
 */

/** The Problematic Paper Screener's CSV (tortured_phrase query, expected_phrase, num_papers) to pairs.tsv. */
export function convertTorturedPhrases(csv: string): string {
  const [header, ...rows] = parseCsv(csv);
  if (!header || header[0] !== 'tortured_phrase' || header[1] !== 'expected_phrase') throw new Error('unexpected header in tortured.csv');
  const lines = ['tortured_phrase\texpected_phrase\tnum_papers\tpps_query'];
  for (const [query = '', expected = '', papers = ''] of rows) {
    if (!query) continue;
    const phrase = /"([^"]*)"/u.exec(query)?.[1] ?? query;
    const count = Number(papers.replace(/,/gu, '')) || 0;
    lines.push([phrase, expected, String(count), query].map(oneLine).join('\t'));
  }
  return lines.join('\n') + '\n';
}

/**
 * LanguageTool's false-friends.xml to the Italian–English rows: one row per rule whose pattern is in
 * one of the two languages and that gives translations into the other.
 */
export function convertFalseFriends(xml: string): string {
  const text = xml.replace(/<!--[\s\S]*?-->/gu, '');
  const lines = ['rulegroup_id\tdirection\tpattern_tokens\ttranslations\trule_default'];
  for (const group of text.matchAll(/<rulegroup\b([^>]*)>([\s\S]*?)<\/rulegroup>/gu)) {
    const groupAttrs = attributes(group[1]!);
    for (const rule of group[2]!.matchAll(/<rule\b([^>]*)>([\s\S]*?)<\/rule>/gu)) {
      const ruleAttrs = attributes(rule[1]!);
      const pattern = /<pattern\b([^>]*)>([\s\S]*?)<\/pattern>/u.exec(rule[2]!);
      if (!pattern) continue;
      const lang = attributes(pattern[1]!).lang;
      const other = lang === 'it' ? 'en' : lang === 'en' ? 'it' : null;
      if (!other) continue;
      const translations = [...rule[2]!.matchAll(/<translation\b([^>]*)>([\s\S]*?)<\/translation>/gu)]
        .filter((t) => attributes(t[1]!).lang === other)
        .map((t) => decode(t[2]!).trim());
      if (!translations.length) continue;
      const tokens = [...pattern[2]!.matchAll(/<token\b([^>]*?)(?:\/>|>([\s\S]*?)<\/token>)/gu)].map((t) => token(attributes(t[1]!), t[2] ?? ''));
      const off = ruleAttrs.default === 'off' || groupAttrs.default === 'off' ? 'off' : '';
      lines.push([groupAttrs.id ?? '', `${lang}->${other}`, tokens.join(' '), translations.join(' | '), off].map(oneLine).join('\t'));
    }
  }
  return lines.join('\n') + '\n';
}

function token(attrs: Record<string, string>, body: string): string {
  const word = decode(body.replace(/<[\s\S]*$/u, '')).trim();
  const flags: string[] = [];
  if (attrs.inflected === 'yes') flags.push('infl');
  if (attrs.regexp === 'yes') flags.push('re');
  if (attrs.postag !== undefined) flags.push(`pos=${attrs.postag}`);
  if (attrs.skip !== undefined) flags.push(`skip=${attrs.skip}`);
  return `${attrs.negate === 'yes' ? '!' : ''}${word}${flags.length ? `{${flags.join(',')}}` : ''}`;
}

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) attrs[m[1]!] = decode(m[2] ?? m[3] ?? '');
  return attrs;
}

function decode(text: string): string {
  return text.replace(/&(?:lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/giu, (entity, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' }[entity.toLowerCase()] ?? entity;
  });
}

/** A TSV cell holds no tab or line break. */
function oneLine(cell: string): string {
  return cell.replace(/[\t\r\n]+/gu, ' ');
}
