/**
 * A hash table from short string ids to dense indexes, held in one `Int32Array`: each slot keeps
 * the index, the hash, the length and the id's UTF-16 code units packed two per word, so a lookup
 * of a fresh string (a new object per row, as a database driver hands them over) touches one slot
 * — one cache line — instead of a `Map`'s bucket, entry and key string. Open addressing, linear
 * probing, load at most 1/2. Ids longer than {@link MAX_INLINE} code units are not held here (the
 * caller keeps them in a `Map`; which structure holds an id depends on the id alone).
 * @internal
 */

/** Longest id held inline (code units). @internal */
export const MAX_INLINE = 58;
const HEADER = 3; // k + 1 (0 = empty), hash, length

/** Words per slot for ids of up to `len` code units: a power of two, at least 8. */
function strideFor(len: number): number {
  let w = 8;
  while ((w - HEADER) * 2 < len) w *= 2;
  return w;
}

/** The string-id table. @internal */
export interface IdTable {
  /** Words per slot. */
  stride: number;
  /** Slots − 1 (slots a power of two). */
  mask: number;
  slots: Int32Array;
  /** Ids held. */
  size: number;
  /** The packed code units of the id being looked up. */
  scratch: Int32Array;
}

/** An empty table. @internal */
export function newIdTable(): IdTable {
  return { stride: 8, mask: 1023, slots: new Int32Array(1024 * 8), size: 0, scratch: new Int32Array(MAX_INLINE / 2) };
}

/** Words to hold the packed code units of an id of up to {@link MAX_INLINE} code units. @internal */
export const MAX_WORDS = MAX_INLINE / 2;

/**
 * Packs `s` (1..{@link MAX_INLINE} code units) two code units per word into `dest` from `off` and
 * returns its hash (murmur3's finalizer over the packed words).
 * @internal
 */
export function packId(s: string, dest: Int32Array, off: number): number {
  const len = s.length;
  let h = len;
  let w = off;
  let j = 0;
  for (; j + 1 < len; j += 2, w++) {
    const v = s.charCodeAt(j) | (s.charCodeAt(j + 1) << 16);
    dest[w] = v;
    h = Math.imul(h ^ v, 0x9e3779b1);
    h ^= h >>> 15;
  }
  if (j < len) {
    const v = s.charCodeAt(j);
    dest[w] = v;
    h = Math.imul(h ^ v, 0x9e3779b1);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Reads the first word of the slot where the probe for hash `h` starts, so that a later
 * {@link findOrInsert} finds it in cache: lookups of a block of ids issued together overlap their
 * cache misses. Returns the word (to keep the load alive).
 * @internal
 */
export function touch(t: IdTable, h: number): number {
  return t.slots[(h & t.mask) * t.stride]!;
}

/**
 * The dense index of the id of length `len` packed in `src` from `off` with hash `h`, or `k`
 * after inserting it with index `k` when absent (a miss costs no second probe); tell them apart by
 * comparing with `k`.
 * @internal
 */
export function findOrInsert(t: IdTable, h: number, len: number, src: Int32Array, off: number, k: number): number {
  if (len > (t.stride - HEADER) * 2) widen(t, strideFor(len));
  const words = (len + 1) >> 1;
  const W = t.stride;
  const mask = t.mask;
  const slots = t.slots;
  let i = h & mask;
  for (;;) {
    const o = i * W;
    const e = slots[o]!;
    if (e === 0) {
      slots[o] = k + 1;
      slots[o + 1] = h;
      slots[o + 2] = len;
      for (let w = 0; w < words; w++) slots[o + HEADER + w] = src[off + w]!;
      if (++t.size * 2 > mask + 1) grow(t);
      return k;
    }
    if (slots[o + 1] === h && slots[o + 2] === len) {
      let w = 0;
      while (w < words && slots[o + HEADER + w] === src[off + w]) w++;
      if (w === words) return e - 1;
    }
    i = (i + 1) & mask;
  }
}

/** {@link findOrInsert} for a string. @internal */
export function getOrInsert(t: IdTable, s: string, k: number): number {
  return findOrInsert(t, packId(s, t.scratch, 0), s.length, t.scratch, 0, k);
}

/** The dense index of `s`, or -1. @internal */
export function lookup(t: IdTable, s: string): number {
  const len = s.length;
  if (len === 0 || len > (t.stride - HEADER) * 2) return -1;
  const h = packId(s, t.scratch, 0);
  const words = (len + 1) >> 1;
  const scratch = t.scratch;
  const W = t.stride;
  const slots = t.slots;
  for (let i = h & t.mask; ; i = (i + 1) & t.mask) {
    const o = i * W;
    const e = slots[o]!;
    if (e === 0) return -1;
    if (slots[o + 1] === h && slots[o + 2] === len) {
      let w = 0;
      while (w < words && slots[o + HEADER + w] === scratch[w]) w++;
      if (w === words) return e - 1;
    }
  }
}

/** Moves every slot into a table of `slots` slots of `stride` words. */
function rebuild(t: IdTable, count: number, stride: number): void {
  const old = t.slots;
  const W0 = t.stride;
  const next = new Int32Array(count * stride);
  const mask = count - 1;
  const copy = Math.min(W0, stride);
  for (let o0 = 0; o0 < old.length; o0 += W0) {
    if (old[o0] === 0) continue;
    let i = old[o0 + 1]! & mask;
    while (next[i * stride] !== 0) i = (i + 1) & mask;
    const o = i * stride;
    for (let w = 0; w < copy; w++) next[o + w] = old[o0 + w]!;
  }
  t.slots = next;
  t.mask = mask;
  t.stride = stride;
}

function grow(t: IdTable): void {
  rebuild(t, (t.mask + 1) * 2, t.stride);
}

function widen(t: IdTable, stride: number): void {
  rebuild(t, t.mask + 1, stride);
}

/**
 * The dense indexes of the ids held, in ascending id order, written to `order` from position 0;
 * returns how many ({@link sortStringIds}: every id held must be `ids[k]`).
 * @internal
 */
export function sortedIndexes(t: IdTable, ids: readonly unknown[], order: Uint32Array, n: number): number {
  order.set(sortStringIds(ids as readonly string[], t.size, new Float64Array(t.size)));
  return t.size;
}

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
