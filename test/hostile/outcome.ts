import { CrmTaxonomyError, LOCALES, message } from '../../src/index.js';

/** Text that must never reach a person: an unfilled placeholder, `undefined`, `[object Object]`, `NaN`. */
export const BAD_TEXT = /\{[\w:.*@|]+\}|\bundefined\b|\[object Object\]|\bNaN\b/;

/** What an SVG must never hold (its CSS has braces of its own). */
const BAD_SVG = /\bundefined\b|\[object Object\]|\bNaN\b|Infinity/;

/** What went wrong with one call, or `undefined` when its outcome is one the library promises. */
export function badOutcome(call: () => unknown, budgetMs = 2000, templates = false): string | undefined {
  const started = performance.now();
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    const elapsed = performance.now() - started;
    if (elapsed > budgetMs) return `took ${Math.round(elapsed)} ms before throwing`;
    if (!(error instanceof CrmTaxonomyError)) return `threw ${(error as Error)?.name ?? typeof error}: ${(error as Error)?.message ?? String(error)}`;
    // A received value is quoted as it came (a NaN received is named NaN): the rest must be clean.
    const received = JSON.stringify(error.details).match(/"received":"((?:[^"\\]|\\.)*)"/g)?.map((m) => JSON.parse(m.slice(11)) as string) ?? [];
    for (const locale of LOCALES) {
      const text = received.reduce((t, r) => t.replaceAll(r, ''), message(error, locale));
      if (BAD_TEXT.test(text)) return `an error message in ${locale} shows ${BAD_TEXT.exec(text)?.[0]}: ${text}`;
    }
    if (BAD_TEXT.test(error.message.replace(/received: [^;)]*/g, ''))) return `the error's developer message shows ${BAD_TEXT.exec(error.message)?.[0]}`;
    return undefined;
  }
  const elapsed = performance.now() - started;
  if (elapsed > budgetMs) return `took ${Math.round(elapsed)} ms`;
  if (result instanceof Promise) return undefined;
  return badValue(result, [], new Set(), templates);
}

/** A number that is not finite, or text no one should read, anywhere in a result. */
export function badValue(value: unknown, path: readonly (string | number)[], seen: Set<unknown>, templates = false): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${String(value)} at ${path.join('.') || '(result)'}`;
  if (path[path.length - 1] === 'received') return undefined;
  if (typeof value === 'string') {
    const bad = value.startsWith('<svg') || templates ? BAD_SVG : BAD_TEXT;
    return bad.test(value) ? `text ${JSON.stringify(bad.exec(value)?.[0])} in ${JSON.stringify(value.slice(0, 80))} at ${path.join('.')}` : undefined;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    for (let i = 0; i < Math.min((value as unknown as ArrayLike<number>).length, 100_000); i++) {
      const n = (value as unknown as ArrayLike<number>)[i] as number;
      if (typeof n === 'number' && !Number.isFinite(n)) return `${n} at ${[...path, i].join('.')}`;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.code === 'string' && ('params' in record || 'ok' in record)) {
    const received = String((record.params as { received?: unknown } | undefined)?.received ?? '\u0000');
    for (const locale of LOCALES) {
      const text = message(record, locale).replaceAll(received, '');
      if (BAD_TEXT.test(text)) return `a decision at ${path.join('.') || '(result)'} renders in ${locale} as ${JSON.stringify(text)}`;
    }
  }
  let n = 0;
  for (const [key, child] of Object.entries(record)) {
    if (++n > 5000) break;
    const bad = badValue(child, [...path, key], seen, templates);
    if (bad !== undefined) return bad;
  }
  return undefined;
}
