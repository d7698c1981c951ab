/**
 * The indexes 0..n − 1 of the string ids `ids` in ascending id order (UTF-16 code units, shorter
 * prefix first: the order of the default string sort), as a `Uint32Array` over the first half of
 * `keys` (n doubles of scratch, overwritten). One numeric sort: each id's leading code units are
 * mapped to their rank in the alphabet of code units actually used and read as one number in that
 * base, packed with the index; only ids that tie on that prefix are compared as strings.
 * @internal
 */
export function sortStringIds(ids: readonly string[], n: number, keys: Float64Array): Uint32Array {
  const used = new Uint8Array(65536);
  let maxLen = 0;
  for (let k = 0; k < n; k++) {
    const s = ids[k]!;
    const len = s.length;
    if (len > maxLen) maxLen = len;
    for (let j = 0; j < len; j++) used[s.charCodeAt(j)] = 1;
  }
  // rank 0 = past the end of the id, so a prefix sorts before its extensions; ranks reach 65536.
  const rankOf = new Int32Array(65536);
  let base = 1;
  for (let c = 0; c < 65536; c++) if (used[c] === 1) rankOf[c] = base++;
  // Leading code units that fit with the index in 53 bits: base^m · n < 2^53.
  const room = 2 ** 53 / Math.max(n, 1);
  let m = 0;
  let pow = 1;
  while (m < maxLen && pow * base <= room) {
    pow *= base;
    m++;
  }
  for (let k = 0; k < n; k++) {
    const s = ids[k]!;
    const len = s.length;
    let v = 0;
    for (let j = 0; j < m; j++) v = v * base + (j < len ? rankOf[s.charCodeAt(j)]! : 0);
    keys[k] = v * n + k;
  }
  keys.sort();
  // The order overwrites the keys in place: order[q] lands in keys[q >> 1], read before.
  const order = new Uint32Array(keys.buffer, keys.byteOffset, n);
  let a = 0;
  while (a < n) {
    const ka = keys[a]!;
    let b = a + 1;
    if (m < maxLen) while (b < n && keys[b]! - (keys[b]! % n) === ka - (ka % n)) b++;
    if (b - a === 1) order[a] = ka % n;
    else {
      // A run that ties on the prefix: finish with a string sort.
      const run: number[] = [];
      for (let q = a; q < b; q++) run.push(keys[q]! % n);
      run.sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0));
      for (let q = a; q < b; q++) order[q] = run[q - a]!;
    }
    a = b;
  }
  return order;
}
