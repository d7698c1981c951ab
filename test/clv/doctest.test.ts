/**
 * Runs the `ts` examples of every TSDoc comment in src/clv and every `ts` block of docs/clv.md.
 * A line `expr; //=> expected` asserts that `expr` matches `expected` (objects on the keys shown,
 * arrays element by element). Imports from 'crm-taxonomy' resolve to the root entry when it
 * exists on this branch, else to src/clv/index.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

interface Block {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function tsdocBlocks(file: string): Block[] {
  const text = fs.readFileSync(file, 'utf8');
  const blocks: Block[] = [];
  const comment = /\/\*\*[\s\S]*?\*\//g;
  for (const m of text.matchAll(comment)) {
    const startLine = text.slice(0, m.index).split('\n').length;
    const lines = m[0].split('\n').map((l) => l.replace(/^\s*\*\s?/, '').replace(/^\/\*\*\s?/, ''));
    let inside = false;
    let buf: string[] = [];
    let at = 0;
    lines.forEach((l, i) => {
      if (!inside && /^```ts\s*$/.test(l.trim())) {
        inside = true;
        buf = [];
        at = startLine + i;
      } else if (inside && l.trim() === '```') {
        inside = false;
        blocks.push({ file, line: at, code: buf.join('\n') });
      } else if (inside) buf.push(l);
    });
  }
  return blocks;
}

function markdownBlocks(file: string): Block[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const blocks: Block[] = [];
  let inside = false;
  let buf: string[] = [];
  let at = 0;
  lines.forEach((l, i) => {
    if (!inside && /^```ts\s*$/.test(l)) {
      inside = true;
      buf = [];
      at = i + 1;
    } else if (inside && l.trim() === '```') {
      inside = false;
      blocks.push({ file, line: at, code: buf.join('\n') });
    } else if (inside) buf.push(l);
  });
  return blocks;
}

function balance(s: string): number {
  let b = 0;
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') b++;
    else if (c === ')' || c === ']' || c === '}') b--;
  }
  return b;
}

/** Rewrites imports to lookups and `//=>` lines to checks. */
export function transform(code: string): string {
  // Multi-line imports become one line first.
  const flat = code.replace(/import\s+(?:type\s+)?\{[^}]*\}\s+from\s+'[^']+';?/g, (m) => m.replace(/\s*\n\s*/g, ' '));
  const lines = flat.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const imp = /^\s*import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?\s*$/.exec(line);
    if (imp !== null) {
      if (imp[1] === undefined) {
        const names = (imp[2] as string)
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '' && !s.startsWith('type '))
          .map((s) => s.replace(/\s+as\s+/, ': '));
        if (names.length > 0) out.push(`const { ${names.join(', ')} } = __module(${JSON.stringify(imp[3])});`);
      }
      continue;
    }
    const inline = /^(.*?);\s*\/\/=>\s*(.+)$/.exec(line);
    const alone = /^\s*\/\/=>\s*(.+)$/.exec(line);
    if (inline !== null || alone !== null) {
      const expected = (inline ?? alone)?.[2 - (inline === null ? 1 : 0)] as string;
      // Gather the expression: this line's head (inline) or the previous statement (alone), back to balance.
      const parts: string[] = inline !== null ? [inline[1] as string] : [];
      if (alone !== null) {
        const prev = out.pop() as string;
        parts.push(prev.replace(/;\s*$/, ''));
      }
      while (balance(parts.join('\n')) !== 0 && out.length > 0) parts.unshift(out.pop() as string);
      out.push(`await __check((${parts.join('\n')}), (${expected}), ${JSON.stringify(line.trim())});`);
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

function matches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    return Object.keys(expected).every((k) => matches((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]));
  }
  return Object.is(actual, expected) || actual === expected;
}

const modules: Record<string, () => Promise<unknown>> = {
  'crm-taxonomy': async () =>
    fs.existsSync(path.join(root, 'src/index.ts')) && (await import('../../src/index.js' as string)).fitBgNbd !== undefined
      ? import('../../src/index.js' as string)
      : import('../../src/clv/index.js'),
  'node:fs': async () => fs,
  'node:path': async () => path,
};

async function run(block: Block): Promise<number> {
  const body = transform(block.code);
  const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const loaded = new Map<string, unknown>();
  for (const spec of new Set([...block.code.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] as string))) {
    const load = modules[spec];
    if (load === undefined) throw new Error(`${block.file}:${block.line}: unknown import ${spec}`);
    loaded.set(spec, await load());
  }
  let checks = 0;
  const check = async (actual: unknown, expected: unknown, source: string): Promise<void> => {
    checks++;
    if (!matches(actual, expected)) {
      throw new Error(`${path.relative(root, block.file)}:${block.line}: ${source}\n  got      ${JSON.stringify(actual)}\n  expected ${JSON.stringify(expected)}`);
    }
  };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (
    ...a: unknown[]
  ) => Promise<void>;
  const fn = new AsyncFunction('__module', '__check', js);
  await fn((spec: string) => loaded.get(spec), check);
  return checks;
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))
    .sort();
}

const sources = walk(path.join(root, 'src/clv'));
const docs = [path.join(root, 'docs/clv.md')].filter((f) => fs.existsSync(f));

describe('TSDoc examples in src/clv', () => {
  for (const file of sources) {
    const blocks = tsdocBlocks(file);
    for (const block of blocks) {
      it(`${path.relative(root, file)}:${block.line}`, async () => {
        expect(await run(block)).toBeGreaterThan(0);
      });
    }
  }
});

describe('every exported function and type of src/clv has an example', () => {
  it('has an @example next to each public export', () => {
    const missing: string[] = [];
    for (const file of sources) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(\/\*\*[\s\S]*?\*\/\s*)?export (?:function|interface|type|const|class) (\w+)/g)) {
        const doc = m[1] ?? '';
        if (doc.includes('@internal')) continue;
        if (!doc.includes('@example')) missing.push(`${path.relative(root, file)}: ${m[2]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('docs/clv.md', () => {
  for (const file of docs) {
    it('runs every ts block in order with its assertions', async () => {
      // The blocks of one page share no scope; each must stand alone.
      let checks = 0;
      for (const block of markdownBlocks(file)) checks += await run(block);
      expect(checks).toBeGreaterThan(0);
    });
  }
});
