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
    const wanted = utf8(key);
    const length = table.length;
    // Plain loops over the bytes: a look-up made some 70 calls into native code (indexOf, lastIndexOf,
    // toString per probe), which cost more than the comparisons themselves.
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      let start = (lo + hi) >>> 1;
      while (start > 0 && table[start - 1] !== 10) start--;
      // Compare the line's key (up to its tab) with the wanted key, byte by byte.
      let at = start;
      let i = 0;
      let order = 0; // < 0: the line's key sorts before the wanted key
      for (;;) {
        if (at >= length) return undefined; // a last line without a tab
        const byte = table[at]!;
        if (byte === 9) {
          order = i === wanted.length ? 0 : -1;
          break;
        }
        if (i === wanted.length) {
          order = 1;
          break;
        }
        const other = wanted[i]!;
        if (byte !== other) {
          order = byte < other ? -1 : 1;
          break;
        }
        at++;
        i++;
      }
      // The line's end is needed only to step past it or to read its value.
      if (order > 0) {
        hi = start;
        continue;
      }
      let end = at;
      while (end < length && table[end] !== 10) end++;
      if (order === 0) return table.toString('utf8', at + 1, end);
      lo = end + 1;
    }
    return undefined;
  }

}

/** A key's UTF-8 bytes; ASCII (nearly every word) without a call into native code. */
function utf8(key: string): ArrayLike<number> {
  const codes: number[] = [];
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code >= 0x80) return Buffer.from(key, 'utf8');
    codes.push(code);
  }
  return codes;
}
