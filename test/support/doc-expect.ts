/** The assertion behind `//=>` in documentation examples: objects match on the keys shown. */
export function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
}

export function expectDoc(actual: unknown, expected: unknown, where: string): void {
  if (!matches(actual, expected)) {
    const show = (v: unknown): string => {
      try {
        return JSON.stringify(v, (_k, x: unknown) => (x === undefined ? '<undefined>' : x)) ?? String(v);
      } catch {
        return String(v);
      }
    };
    throw new Error(`Documentation example at ${where}: expected ${show(expected)}, got ${show(actual)}`);
  }
}
