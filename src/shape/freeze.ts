/**
 * Freezes a value and everything reachable from it (objects, arrays, functions' own objects are
 * left alone), and returns it: exported constants are frozen deeply, so a host's mutation throws
 * in strict mode and changes nothing. Not marked free of side effects (it freezes what it is
 * given); module-level calls are marked pure so an unused constant still drops from a bundle.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
