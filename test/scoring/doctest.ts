import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A `ts` example: where it is and its code. */
export interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks of TSDoc comments in the .ts files of a folder and of markdown files. */
export function collectExamples(folders: readonly string[], markdown: readonly string[]): Example[] {
  const out: Example[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(join(root, folder)).filter((f) => f.endsWith('.ts')).sort()) {
      const file = join(folder, name);
      const lines = readFileSync(join(root, file), 'utf8').split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (/^\s*\* ```ts\s*$/.test(lines[i]!)) {
          const body: string[] = [];
          let j = i + 1;
          for (; j < lines.length && !/^\s*\* ```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.replace(/^\s*\* ?/, ''));
          out.push({ file, line: i + 1, code: body.join('\n') });
          i = j;
        }
      }
    }
  }
  for (const file of markdown) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (/^```ts\s*$/.test(lines[i]!)) {
        const body: string[] = [];
        let j = i + 1;
        for (; j < lines.length && !/^```\s*$/.test(lines[j]!); j++) body.push(lines[j]!);
        out.push({ file, line: i + 1, code: body.join('\n') });
        i = j;
      }
    }
  }
  return out;
}

/** Objects match on the keys shown, arrays element by element. */
export function matches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    const a = ArrayBuffer.isView(actual) ? Array.from(actual as unknown as ArrayLike<unknown>) : actual;
    return Array.isArray(a) && a.length === expected.length && expected.every((e, i) => matches(a[i], e));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
  }
  return Object.is(actual, expected) || (actual === expected);
}

function transform(code: string, entries: Record<string, string>, fileDir: string): string {
  const imports: string[] = [];
  const body: string[] = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (/^import\s/.test(line)) {
      for (const [spec, target] of Object.entries(entries)) {
        line = line.replace(`'${spec}'`, `'${relative(fileDir, target).replace(/\\/g, '/')}'`);
      }
      imports.push(line);
      continue;
    }
    const inline = /^(\s*)(.*?);\s*\/\/=>\s*(.+)$/.exec(line);
    if (inline) {
      body.push(`${inline[1]}__check(${inline[2]}, ${inline[3]}, ${i + 1});`);
      continue;
    }
    const next = /^\s*\/\/=>\s*(.+)$/.exec(lines[i + 1] ?? '');
    if (next && line.trim().endsWith(';')) {
      body.push(`__check(${line.trim().slice(0, -1)}, ${next[1]}, ${i + 1});`);
      i++;
      continue;
    }
    body.push(line);
  }
  return `${imports.join('\n')}\nexport default async (__check: (a: unknown, e: unknown, line: number) => void) => {\n${body.join('\n')}\n};\n`;
}

/** Writes an example as a module under test/.tmp and runs it, asserting every `//=>` line. */
export async function runExample(example: Example, index: number, entries: Record<string, string>): Promise<void> {
  const dir = join(root, 'test/.tmp/doctest-scoring');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${example.file.replace(/[^a-z0-9]+/gi, '_')}_${example.line}_${index}.ts`);
  writeFileSync(path, transform(example.code, entries, dir));
  const mod = (await import(/* @vite-ignore */ path)) as { default: (check: (a: unknown, e: unknown, line: number) => void) => Promise<void> };
  await mod.default((actual, expected, line) => {
    if (!matches(actual, expected)) {
      expect.fail(`${example.file}:${example.line} example line ${line}: got ${JSON.stringify(actual, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v))}, expected ${JSON.stringify(expected)}`);
    }
  });
}

export const ROOT = root;
