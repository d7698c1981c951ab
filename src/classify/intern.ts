import type { MessageParams } from '../errors/index.js';
import type { ClassificationReason } from './reasons.js';
import type { DimensionResult } from './types.js';
import { finish } from '../scoring/ingest/string-table.js';

const bits = /* @__PURE__ */ new Float64Array(1);
const words = /* @__PURE__ */ new Int32Array(bits.buffer);

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193);
}

function hashText(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return mix(h, 0x7f);
}

/**
 * A quick hash of an id (a reason code, a taxonomy value): its length and three of its code
 * units. Ids that share them (rare) are told apart by the comparison that follows every hit.
 */
function hashId(h: number, text: string): number {
  const n = text.length;
  return n === 0 ? mix(h, 0) : mix(mix(mix(mix(h, n), text.charCodeAt(0)), text.charCodeAt(n >> 1)), text.charCodeAt(n - 1));
}

function hashParam(h: number, value: MessageParams[string]): number {
  if (typeof value === 'number') {
    if ((value | 0) === value) return mix(mix(h, 1), value);
    bits[0] = value;
    return mix(mix(mix(h, 2), words[0]!), words[1]!);
  }
  if (typeof value === 'string') return hashText(mix(h, 3), value);
  if (value === null) return mix(h, 4);
  if (typeof value === 'boolean') return mix(h, value ? 5 : 6);
  let out = mix(h, 7);
  for (const item of value) out = hashText(out, item);
  return out;
}

/**
 * The parameter names of each reason code, read once per code: a code always comes with the same
 * names (the classifiers make it so). Enumerating each reason's own keys (`for…in` over objects
 * of many shapes) cost more than the rest of the hash.
 */
type ParamNames = Map<string, readonly string[]>;

function namesOf(names: ParamNames, reason: ClassificationReason): readonly string[] {
  let list = names.get(reason.code);
  if (list === undefined) names.set(reason.code, (list = Object.keys(reason.params)));
  return list;
}

/** A hash of a result's content (each dimension has a table of its own, and its source is `derived`). */
function hashOf(names: ParamNames, result: DimensionResult): number {
  let h = result.value === null ? 0x811c9dc5 : hashId(0x811c9dc5, result.value);
  const reasons = result.reasons;
  for (let i = 0; i < reasons.length; i++) {
    const reason = reasons[i]!;
    h = hashId(h, reason.code);
    const params = reason.params as Readonly<Record<string, MessageParams[string]>>;
    const list = namesOf(names, reason);
    for (let j = 0; j < list.length; j++) h = hashParam(h, params[list[j]!]!);
  }
  return finish(h);
}

function sameParam(a: MessageParams[string], b: MessageParams[string]): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Equal reasons. A code always comes with the same parameter names (the classifiers make it so), so the values of one side's names decide. */
function sameReason(names: ParamNames, a: ClassificationReason, b: ClassificationReason): boolean {
  if (a === b) return true;
  if (a.code !== b.code) return false;
  const pa = a.params as Readonly<Record<string, MessageParams[string]>>;
  const pb = b.params as Readonly<Record<string, MessageParams[string]>>;
  const list = namesOf(names, a);
  for (let j = 0; j < list.length; j++) if (!sameParam(pa[list[j]!]!, pb[list[j]!]!)) return false;
  return true;
}

function same(names: ParamNames, a: DimensionResult, b: DimensionResult): boolean {
  if (a.value !== b.value || a.known !== b.known || a.reasons.length !== b.reasons.length) return false;
  for (let i = 0; i < a.reasons.length; i++) if (!sameReason(names, a.reasons[i]!, b.reasons[i]!)) return false;
  return true;
}

function freeze(result: DimensionResult): DimensionResult {
  for (const reason of result.reasons) {
    Object.freeze(reason.params);
    Object.freeze(reason);
  }
  Object.freeze(result.reasons);
  return Object.freeze(result);
}

/** Slots a lookup walks at most (a table at most half full walks a few). */
const MAX_PROBES = 64;

/** Results looked at, at least, before judging whether a dimension's results repeat. */
const MIN_TRIAL = 4096;

/**
 * One dimension's shared results: open addressing over an Int32Array of (hash, index + 1) pairs,
 * the results in an array. (A `Map` keyed by the hash costs about twice as much per lookup.)
 */
class Table {
  looked = 0;
  hits = 0;
  off = false;
  private slots = new Int32Array(2 * 1024);
  private mask = 1023;
  private readonly results: DimensionResult[] = [];
  private readonly names: ParamNames = new Map();

  /** The shared result equal to `result` (frozen); `result` itself, frozen, when it is the first of its kind. */
  share(result: DimensionResult): DimensionResult {
    const h = hashOf(this.names, result);
    const slots = this.slots;
    let i = h & this.mask;
    for (let probes = 0; ; probes++) {
      const k = slots[2 * i + 1]!;
      if (k === 0) break;
      // A chain this long is results built to share a hash (the hash is public): not shared, so a
      // lookup stays a bounded number of comparisons.
      if (probes === MAX_PROBES) return result;
      if (slots[2 * i] === h) {
        const r = this.results[k - 1]!;
        if (same(this.names, r, result)) {
          this.hits++;
          return r;
        }
      }
      i = (i + 1) & this.mask;
    }
    this.results.push(freeze(result));
    slots[2 * i] = h;
    slots[2 * i + 1] = this.results.length;
    if (this.results.length * 2 > this.mask) this.grow();
    return result;
  }

  private grow(): void {
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(2 * (mask + 1));
    const old = this.slots;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      let i = old[j]! & mask;
      while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
      slots[2 * i] = old[j]!;
      slots[2 * i + 1] = old[j + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }

  clear(): void {
    this.slots = new Int32Array(0);
    this.results.length = 0;
  }
}

/**
 * Equal derived results as one shared, frozen object, within one batch (one table per derived
 * dimension, by its slot 0..7): most customers of a wide population get the same few answers
 * (the same thresholds, the same day counts), so a million profiles hold far fewer distinct
 * results. A dimension whose results rarely repeat — fewer than one in four over the first
 * sixteenth of the population (at least 4,096 customers), as each customer's own revenue when
 * customers buy often — is not looked up any more: sharing it would save nothing. Local to a
 * call: nothing is kept after it. Results are found by a hash of their content and compared field
 * by field.
 * @internal
 */
export function interner(customers: number): (result: DimensionResult, slot: number) => DimensionResult {
  const trial = Math.max(MIN_TRIAL, Math.ceil(customers / 16));
  const tables: Table[] = [];
  for (let slot = 0; slot < 8; slot++) tables.push(new Table());
  return (result, slot) => {
    const t = tables[slot]!;
    if (t.off) return result;
    if (++t.looked === trial && t.hits * 4 < trial) {
      t.off = true;
      t.clear();
      return result;
    }
    return t.share(result);
  };
}
