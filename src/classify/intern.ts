import type { MessageParams } from '../errors/index.js';
import type { ClassificationReason } from './reasons.js';
import type { DimensionResult } from './types.js';

const bits = /* @__PURE__ */ new Float64Array(1);
const words = /* @__PURE__ */ new Int32Array(bits.buffer);

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193);
}

function hashText(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return mix(h, 0x7f);
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

function hashOf(result: DimensionResult): number {
  let h = hashText(0x811c9dc5, result.dimension);
  h = result.value === null ? mix(h, 0) : hashText(h, result.value);
  h = mix(h, result.source === 'given' ? 1 : 2);
  for (const reason of result.reasons) {
    h = hashText(h, reason.code);
    const params = reason.params;
    for (const name in params) h = hashParam(h, params[name]!);
  }
  return h;
}

function sameParam(a: MessageParams[string], b: MessageParams[string]): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameReason(a: ClassificationReason, b: ClassificationReason): boolean {
  if (a.code !== b.code) return false;
  const pa = a.params;
  const pb = b.params;
  let n = 0;
  for (const name in pa) {
    if (!Object.prototype.hasOwnProperty.call(pb, name) || !sameParam(pa[name]!, pb[name]!)) return false;
    n++;
  }
  for (const _ in pb) n--;
  return n === 0;
}

function same(a: DimensionResult, b: DimensionResult): boolean {
  if (a.dimension !== b.dimension || a.value !== b.value || a.source !== b.source || a.reasons.length !== b.reasons.length) return false;
  for (let i = 0; i < a.reasons.length; i++) if (!sameReason(a.reasons[i]!, b.reasons[i]!)) return false;
  return true;
}

function freeze(result: DimensionResult): DimensionResult {
  if (Object.isFrozen(result)) return result;
  for (const reason of result.reasons) {
    Object.freeze(reason.params);
    Object.freeze(reason);
  }
  Object.freeze(result.reasons);
  return Object.freeze(result);
}

/** Results looked at before judging whether a dimension's results repeat. */
const TRIAL = 4096;

/**
 * Equal results as one shared object, within one batch: most customers of a wide population get
 * the same few answers (the same thresholds, the same day counts), so a million profiles hold far
 * fewer distinct results. A result is frozen when it is first shared (a result no other customer
 * has stays as made). A dimension whose results rarely repeat (fewer than one in four of its first
 * 4,096, e.g. each customer's own revenue) is not looked up any more: sharing it would save
 * nothing. Local to a call: nothing is kept after it. Results are found by a hash of their
 * content and compared field by field.
 * @internal
 */
export function interner(): (result: DimensionResult) => DimensionResult {
  const tables = new Map<string, { seen: Map<number, DimensionResult | DimensionResult[]>; looked: number; hits: number; off: boolean }>();
  return (result) => {
    let t = tables.get(result.dimension);
    if (t === undefined) tables.set(result.dimension, (t = { seen: new Map(), looked: 0, hits: 0, off: false }));
    if (t.off) return result;
    if (++t.looked === TRIAL && t.hits * 4 < TRIAL) {
      t.off = true;
      t.seen.clear();
    }
    const seen = t.seen;
    const h = hashOf(result) & 0x3fffffff; // a small integer: a cheap Map key
    const hit = seen.get(h);
    if (hit === undefined) {
      seen.set(h, result);
      return result;
    }
    if (!Array.isArray(hit)) {
      if (same(hit, result)) {
        t.hits++;
        return freeze(hit);
      }
      seen.set(h, [hit, result]);
      return result;
    }
    for (const r of hit) {
      if (same(r, result)) {
        t.hits++;
        return freeze(r);
      }
    }
    hit.push(result);
    return result;
  };
}
