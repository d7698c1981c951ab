/**
 * A hash table from string ids to dense indexes in two `Int32Array`s: slots holding `k + 1` in
 * their low bits (k < slots / 2) and the high bits of the id's hash above them, at most half full;
 * and, by dense index, a key row of {@link KEY_WORDS} words: the length and up to
 * {@link SHORT_KEY} one-byte code units of a short id, else a mark (the id is then compared with
 * the host's string, `ids[k]`). A lookup of a short id reads one slot and one row, both in small
 * dense arrays: at 1M ids 8 + 12 MB, a third of a table holding the code units in its slots, few
 * enough typed arrays per fit that V8 does not start a full collection of the host's heap for them
 * (it does past 64 MB of new external memory). Open addressing, linear probing, capacity doubling.
 * @internal
 */
export interface StringTable {
  /** Slots − 1 (slots a power of two). */
  mask: number;
  slots: Int32Array;
  /** Ids held. */
  size: number;
  /** Key rows by dense index, {@link KEY_CHUNK} rows a chunk. */
  keys: Int32Array[];
  /** The key row of the id being looked up. */
  readonly scratch: Int32Array;
  /**
   * The hash's seed, drawn for each table: ids chosen to share one hash (the hash is otherwise
   * public, and invertible) would make every probe walk one chain, quadratic in the ids. Nothing
   * the table answers depends on it: an id's dense index is the order ids come in.
   */
  readonly seed: number;
}

/** Words of a key row. @internal */
export const KEY_WORDS = 3;
/** Longest id held in its key row (one-byte code units). @internal */
export const SHORT_KEY = 11;
/** Rows of a chunk of key rows, 2^{@link KEY_SHIFT}: rows are never copied, so growing leaves no garbage. @internal */
export const KEY_CHUNK = 4096;
/** @internal */
export const KEY_SHIFT = 12;
/** Low byte of a row's first word for an id compared as a string. */
const LONG = 255;

/** Any 32 bits (`| 0` keeps the low 32 of the integer part); a fixed seed where `Math.random` is refused (an SES compartment). */
function randomSeed(): number {
  try {
    return (Math.random() * 1e10) | 0;
  } catch {
    return 0x5bd1e995;
  }
}

/** An empty table. @internal */
export function newStringTable(): StringTable {
  return { mask: 1023, slots: new Int32Array(1024), size: 0, keys: [], scratch: new Int32Array(KEY_WORDS), seed: randomSeed() };
}

/**
 * Writes the key row of `s` to `dest` from `off` — the length in the low byte, then the code units
 * a byte each, zero-padded, when `s` has at most {@link SHORT_KEY} of them all below 256, else the
 * mark — and returns the id's hash under `seed` (murmur3's mixing over the row, or over the code
 * units of a marked id, then its finalizer).
 * @internal
 */
export function packKey(s: string, dest: Int32Array, off: number, seed: number): number {
  const len = s.length;
  if (len <= SHORT_KEY) {
    let w0 = len;
    let w1 = 0;
    let w2 = 0;
    let any = 0;
    let j = 0;
    for (; j < len && j < 3; j++) {
      const c = s.charCodeAt(j);
      any |= c;
      w0 |= c << (8 * j + 8);
    }
    for (; j < len && j < 7; j++) {
      const c = s.charCodeAt(j);
      any |= c;
      w1 |= c << (8 * j - 24);
    }
    for (; j < len; j++) {
      const c = s.charCodeAt(j);
      any |= c;
      w2 |= c << (8 * j - 56);
    }
    if (any < 256) {
      dest[off] = w0;
      dest[off + 1] = w1;
      dest[off + 2] = w2;
      return rowHash(w0, w1, w2, seed);
    }
  }
  dest[off] = LONG;
  let h = seed ^ len;
  for (let j = 0; j < len; j++) h = mix(h, s.charCodeAt(j));
  return finish(h);
}

/** The hash of a short id from its key row (its length, the low byte of `w0`, mixed in first). */
function rowHash(w0: number, w1: number, w2: number, seed: number): number {
  return finish(mix(mix(mix(mix(seed, w0 & 255), w0), w1), w2));
}

/** murmur3's finalizer: every bit of `h` moves the low bits a table slot is read from. @internal */
export function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function mix(h: number, v: number): number {
  const x = Math.imul(h ^ v, 0x9e3779b1);
  return x ^ (x >>> 15);
}

/** Reads the slot where the probe for hash `h` starts, so that a later lookup finds it in cache; returns it (to keep the load alive). @internal */
export function touchSlot(t: StringTable, h: number): number {
  return t.slots[h & t.mask]!;
}

/** The index in the slot where the probe for hash `h` starts when its hash bits agree (likely the id looked up), or -1. @internal */
export function firstCandidate(t: StringTable, h: number): number {
  const e = t.slots[h & t.mask]!;
  return e !== 0 && (e & ~t.mask) === (h & ~t.mask) ? (e & t.mask) - 1 : -1;
}

/** Whether customer k is the id `s` whose key row is in `src` from `off`. @internal */
export function isKey(t: StringTable, ids: readonly unknown[], k: number, s: string, src: Int32Array, off: number): boolean {
  const keys = t.keys[k >>> KEY_SHIFT]!;
  const o = (k & (KEY_CHUNK - 1)) * KEY_WORDS;
  const w = keys[o]!;
  return w === src[off] && (w === LONG ? ids[k] === s : keys[o + 1] === src[off + 1] && keys[o + 2] === src[off + 2]);
}

/**
 * The dense index of `s` (key row in `src` from `off`, hash `h`), or -1 when absent. `ids` holds the
 * ids by dense index, and the table every string among them.
 * @internal
 */
export function findString(t: StringTable, ids: readonly unknown[], s: string, h: number, src: Int32Array, off: number): number {
  const mask = t.mask;
  const slots = t.slots;
  const tag = h & ~mask;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const e = slots[i]!;
    if (e === 0) return -1;
    if ((e & ~mask) === tag && isKey(t, ids, (e & mask) - 1, s, src, off)) return (e & mask) - 1;
  }
}

/**
 * {@link findString}, or `k` after inserting `s` with index `k` when absent (tell them apart by
 * comparing with `k`; the caller then stores `s` at `ids[k]`).
 * @internal
 */
export function findOrInsertString(t: StringTable, ids: readonly unknown[], s: string, h: number, src: Int32Array, off: number, k: number): number {
  const mask = t.mask;
  const slots = t.slots;
  const tag = h & ~mask;
  let i = h & mask;
  for (;;) {
    const e = slots[i]!;
    if (e === 0) break;
    if ((e & ~mask) === tag && isKey(t, ids, (e & mask) - 1, s, src, off)) return (e & mask) - 1;
    i = (i + 1) & mask;
  }
  const keys = rowChunk(t, k);
  const o = (k & (KEY_CHUNK - 1)) * KEY_WORDS;
  keys[o] = src[off]!;
  keys[o + 1] = src[off + 1]!;
  keys[o + 2] = src[off + 2]!;
  // k + 1 must fit under the mask, whatever other structures hold the other indexes.
  if (++t.size * 2 > mask + 1 || k >= mask) {
    grow(t, ids, k);
    insert(t, h, k);
  } else slots[i] = tag | (k + 1);
  return k;
}

/** The chunk of key row k, added with those before it when missing. */
function rowChunk(t: StringTable, k: number): Int32Array {
  const chunks = t.keys;
  while (chunks.length <= k >>> KEY_SHIFT) chunks.push(new Int32Array(KEY_CHUNK * KEY_WORDS));
  return chunks[k >>> KEY_SHIFT]!;
}

function insert(t: StringTable, h: number, k: number): void {
  const mask = t.mask;
  const slots = t.slots;
  let i = h & mask;
  while (slots[i] !== 0) i = (i + 1) & mask;
  slots[i] = (h & ~mask) | (k + 1);
}

/** Doubles the slots until they hold index `k` at most half full, re-hashing the ids before index k from their key rows (strings only for marked ones). */
function grow(t: StringTable, ids: readonly unknown[], k: number): void {
  let count = (t.mask + 1) * 2;
  while (t.size * 2 > count || k >= count - 1) count *= 2;
  t.slots = new Int32Array(count);
  t.mask = count - 1;
  for (let j = 0; j < k; j++) {
    const keys = t.keys[j >>> KEY_SHIFT]!;
    const o = (j & (KEY_CHUNK - 1)) * KEY_WORDS;
    const w0 = keys[o]!;
    // A row of 0: customer j is not in the table.
    if (w0 === LONG) insert(t, packKey(ids[j] as string, t.scratch, 0, t.seed), j);
    else if (w0 !== 0) insert(t, rowHash(w0, keys[o + 1]!, keys[o + 2]!, t.seed), j);
  }
}
