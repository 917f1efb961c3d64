/**
 * A table of lines `key \t value`, sorted by key, looked up by binary search over its bytes. No line
 * index is built: a process that asks a few hundred keys pays for reading the file and nothing more
 * (an index of line starts over WordNet's and the Brown Corpus's tables cost every CLI start 0.3 s).
 *
 * Keys compare as UTF-8 bytes, the order of code points, which is the order of the JavaScript sort
 * that wrote the table as long as keys stay in the Basic Multilingual Plane (they are words).
 */
export class SortedTable {
  private readonly bytes: Buffer;

  constructor(bytes: Buffer | string) {
    this.bytes = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  }

  get(key: string): string | undefined {
    const table = this.bytes;
    let lo = 0;
    let hi = table.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : table.lastIndexOf(10, mid - 1) + 1;
      const tab = table.indexOf(9, start);
      if (tab < 0) return undefined;
      let end = table.indexOf(10, tab);
      if (end < 0) end = table.length;
      const k = table.toString('utf8', start, tab);
      if (k === key) return table.toString('utf8', tab + 1, end);
      if (k < key) lo = end + 1;
      else hi = start;
    }
    return undefined;
  }
}
