/**
 * Freezes a value and everything reachable from it (objects, arrays, functions' own objects are
 * left alone), and returns it: exported constants are frozen deeply, so a host's mutation throws
 * in strict mode and changes nothing. It descends into objects that are already frozen too (a
 * frozen object can still hold a mutable array), visiting each object once.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  }
  return value;
}
