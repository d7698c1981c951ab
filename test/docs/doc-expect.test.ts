import { describe, expect, it } from 'vitest';
import { instrument } from '../support/doc-examples.js';
import { matches } from '../support/doc-expect.js';

describe('the //=> assertion of documentation examples', () => {
  it('matches objects on the keys shown and arrays element by element', () => {
    expect(matches({ a: 1, b: 2 }, { a: 1 })).toBe(true);
    expect(matches({ a: 1 }, { a: 2 })).toBe(false);
    expect(matches([1, 2], [1])).toBe(false);
    expect(matches(undefined, undefined)).toBe(true);
    expect(matches(null, {})).toBe(false);
  });
  it('rewrites inline and next-line expectations', () => {
    const code = instrument({ name: 'x', file: 'f.ts', line: 1, code: "f(1); //=> 2\ng(\n  3,\n);\n//=> 4" });
    expect(code).toContain("__expectDoc((f(1)), (2), \"f.ts:1\")");
    expect(code).toContain('__expectDoc((g(\n  3,\n)), (4), "f.ts:5")');
  });
});

describe('multi-line expressions with an inline //=>', () => {
  it('wraps the whole statement', () => {
    const code = instrument({ name: 'x', file: 'f.ts', line: 1, code: 'a();\nf({\n  x: 1,\n}).y; //=> 2' });
    expect(code).toContain('__expectDoc((f({\n  x: 1,\n}).y), (2), "f.ts:4")');
  });
});
