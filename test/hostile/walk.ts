import { describe, expect, it } from 'vitest';
import { badOutcome } from './outcome.js';
import { HOSTILE } from './values.js';

/** A public function and a valid call of it: hostile values replace each argument and each option in turn. */
export interface Callable {
  readonly name: string;
  readonly fn: (...args: never[]) => unknown;
  /** A valid call's arguments (fresh on each call). */
  readonly args: () => readonly unknown[];
  /** The result holds message templates as data (their placeholders are not a flaw). */
  readonly templates?: true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Every call of the walk: each argument replaced by each hostile value, then each key of each options object. */
export function hostileCalls(callable: Callable): { readonly what: string; readonly call: () => unknown }[] {
  const calls: { what: string; call: () => unknown }[] = [];
  const base = callable.args();
  const run = (args: readonly unknown[]) => () => (callable.fn as (...a: unknown[]) => unknown)(...args);
  calls.push({ what: 'the valid call', call: run(base) });
  base.forEach((arg, i) => {
    for (const [name, make] of HOSTILE) {
      calls.push({ what: `argument ${i} = ${name}`, call: () => run(callable.args().map((a, k) => (k === i ? make() : a)))() });
    }
    if (!isPlainObject(arg)) return;
    for (const key of [...Object.keys(arg), '__proto__', 'unknownOption']) {
      for (const [name, make] of HOSTILE) {
        calls.push({
          what: `argument ${i}.${key} = ${name}`,
          call: () => run(callable.args().map((a, k) => (k === i ? Object.defineProperty({ ...(a as object) }, key, { value: make(), enumerable: true }) : a)))(),
        });
      }
    }
  });
  return calls;
}

/** A test per callable: every hostile call answers with a typed error or a sound value, quickly. */
export function walk(title: string, callables: readonly Callable[]): void {
  describe(title, () => {
    for (const callable of callables) {
      it(`${callable.name}: every argument and option, ${HOSTILE.length} hostile values each`, () => {
        const valid = badOutcome(() => (callable.fn as (...a: unknown[]) => unknown)(...callable.args()), 2000, callable.templates);
        expect(valid, `${callable.name}: the valid call itself`).toBeUndefined();
        const problems: string[] = [];
        for (const { what, call } of hostileCalls(callable)) {
          const bad = badOutcome(call, 2000, callable.templates);
          if (bad !== undefined) problems.push(`${what}: ${bad}`);
        }
        expect(problems.slice(0, 20), `${problems.length} bad outcomes`).toEqual([]);
      });
    }
  });
}
