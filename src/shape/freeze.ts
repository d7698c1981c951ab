/**
 * Freezes a value and everything reachable from it (objects, arrays, functions' own objects are
 * left alone), and returns it: exported constants are frozen deeply, so a host's mutation throws
 * in strict mode and changes nothing. It descends into objects that are already frozen too (a
 * frozen object can still hold a mutable array), visiting each object once. Not marked free of
 * side effects (it freezes what it is given, and a bundler would drop its recursive calls); its
 * module-level calls are marked pure, so an unused constant still drops from a bundle.
 * @internal
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  }
  return value;
}
