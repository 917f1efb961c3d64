/**
 * Text folded for comparing names as syndication writes them: diacritics dropped (NFKD, marks removed),
 * dotless and dotted i made plain, case folded. "Fenerbahçe" and "FENERBAHCE" fold alike, so do
 * "İstanbul" and "Istanbul"; "Fenerbahçe" and "Galatasaray" do not.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i').toLowerCase();
}

/** Two texts that are the same once folded (case and diacritics aside). */
export function sameFolded(a: string, b: string): boolean {
  return a === b || fold(a) === fold(b);
}
