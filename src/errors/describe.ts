/**
 * A short, language-neutral rendering of any input value for an error's details: strings as JSON
 * (cut at 60 characters), numbers and booleans as written, `null`, `(none)` for undefined,
 * `Invalid Date`, an ISO timestamp for a valid Date, `(array of 3)`, `(function)`, `(object)`.
 * Never throws, whatever the value (a proxy, an object without a prototype, a throwing getter).
 * @internal
 */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (type === 'string') {
    const text = value as string;
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
  }
  if (type === 'undefined') return '(none)';
  if (type === 'symbol' || type === 'function') return `(${type})`;
  // numbers, booleans and bigints as written, and null
  if (type !== 'object' || value === null) return String(value);
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
