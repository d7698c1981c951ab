/**
 * A short, language-neutral rendering of any input value for an error's details: strings as JSON
 * (cut at 60 characters), numbers and booleans as written, `null`, `(none)` for undefined,
 * `Invalid Date`, an ISO timestamp for a valid Date, `(array of 3)`, `(function)`, `(object)`.
 * Never throws, whatever the value (a proxy, an object without a prototype, a throwing getter).
 * @internal
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return '(none)';
    case 'symbol':
      return '(symbol)';
    case 'function':
      return '(function)';
  }
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return `(array of ${value.length})`;
    // A Date of any realm, read by `Date.prototype.getTime` itself, which throws for anything else.
    const time = Date.prototype.getTime.call(value);
    return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
  } catch {
    // a revoked proxy: fall through
  }
  return '(object)';
}

/**
 * A path as text: `status.churn.days`, `transactions[41].amount`.
 * @internal
 */
export function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}
