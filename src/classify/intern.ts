import type { MessageParams } from '../errors/index.js';
import type { DimensionResult } from './types.js';

function paramKey(value: MessageParams[string]): string {
  if (typeof value === 'string') return `s${value}`;
  if (Array.isArray(value)) return `l${value.join('\u0003')}`;
  return String(value);
}

function keyOf(result: DimensionResult): string {
  let key = `${result.dimension}\u0001${result.value ?? ''}\u0001${result.source}`;
  for (const reason of result.reasons) {
    key += `\u0001${reason.code}`;
    const params = reason.params;
    for (const name in params) key += `\u0002${name}=${paramKey(params[name]!)}`;
  }
  return key;
}

/**
 * Equal results as one shared object, within one batch: most customers of a population get the
 * same few answers (the same thresholds, the same day counts), so a million profiles hold far
 * fewer distinct results. Shared results are frozen. Local to a call: nothing is kept after it.
 * @internal
 */
export function interner(): (result: DimensionResult) => DimensionResult {
  const seen = new Map<string, DimensionResult>();
  return (result) => {
    const key = keyOf(result);
    const hit = seen.get(key);
    if (hit !== undefined) return hit;
    for (const reason of result.reasons) {
      Object.freeze(reason.params);
      Object.freeze(reason);
    }
    Object.freeze(result.reasons);
    seen.set(key, Object.freeze(result));
    return result;
  };
}
