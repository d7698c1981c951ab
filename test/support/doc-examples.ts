/**
 * Finds the code examples of the project's documentation: the fenced `ts` blocks of every TSDoc
 * `@example` in src/, and of every Markdown file in docs/ and the READMEs. Each becomes a module
 * in which `expression; //=> expected` lines are assertions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DocExample {
  /** Where it comes from: `src/taxonomy/builtin.ts > parse #1`. */
  readonly name: string;
  readonly file: string;
  readonly line: number;
  /** The example's code, as written. */
  readonly code: string;
}

const root = new URL('../..', import.meta.url).pathname;

function walk(dir: string, keep: (file: string) => boolean): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const entry of entries.sort()) {
    if (entry === 'node_modules' || entry === 'api' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out = out.concat(walk(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

const FENCE = /^```(ts|typescript)\s*$/;

function fencedBlocks(lines: readonly string[]): { start: number; code: string }[] {
  const blocks: { start: number; code: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE.test((lines[i] ?? '').trim())) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && (lines[end] ?? '').trim() !== '```') end++;
    blocks.push({ start, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

/** Examples in TSDoc comments of the source files. */
export function sourceExamples(): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of walk(join(root, 'src'), (f) => f.endsWith('.ts'))) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(root, file);
    const comment = /\/\*\*([\s\S]*?)\*\//g;
    let match: RegExpExecArray | null;
    while ((match = comment.exec(text)) !== null) {
      const body = match[1] ?? '';
      if (!body.includes('@example')) continue;
      const startLine = text.slice(0, match.index).split('\n').length;
      const after = text.slice(match.index + match[0].length);
      const declared = /^\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/.exec(after);
      const member = /^\s*(?:readonly\s+|static\s+)*([A-Za-z_$][\w$]*)\s*[(<:]/.exec(after);
      const name = declared?.[1] ?? member?.[1] ?? `line ${startLine}`;
      const lines = body.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const exampleAt = lines.findIndex((l) => l.trim().startsWith('@example'));
      fencedBlocks(lines.slice(exampleAt)).forEach((block, n) => {
        examples.push({
          name: `${rel} > ${name} #${n + 1}`,
          file: rel,
          line: startLine + exampleAt + block.start,
          code: block.code,
        });
      });
    }
  }
  return examples;
}

/** Examples in the Markdown guides and READMEs. */
export function markdownExamples(): DocExample[] {
  const files = [
    ...walk(root, (f) => /README(\.[\w-]+)?\.md$/.test(f) && !f.includes('/test/') && relative(root, f).split('/').length === 1),
    ...walk(join(root, 'docs'), (f) => f.endsWith('.md')),
  ];
  const examples: DocExample[] = [];
  for (const file of files) {
    const rel = relative(root, file);
    fencedBlocks(readFileSync(file, 'utf8').split('\n')).forEach((block, n) => {
      examples.push({ name: `${rel} #${n + 1} (line ${block.start})`, file: rel, line: block.start, code: block.code });
    });
  }
  return examples;
}

/** Bracket balance of a line of code, strings and comments left out. */
function balance(code: string): number {
  const bare = code.replace(/\/\/.*$/, '').replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, '');
  let n = 0;
  for (const ch of bare) {
    if (ch === '(' || ch === '[' || ch === '{') n++;
    else if (ch === ')' || ch === ']' || ch === '}') n--;
  }
  return n;
}

/** The first line of the statement whose last line is `last` (with text `tail` there). */
function statementStart(lines: readonly string[], last: number, tail: string): number {
  let open = balance(tail);
  let start = last;
  while (open < 0 && start > 0) {
    start--;
    open += balance(lines[start] ?? '');
  }
  return start;
}

/**
 * Rewrites `expression; //=> expected` (or `//=> expected` on the line after a statement) into
 * `__expectDoc(expression, expected, 'where')`.
 */
export function instrument(example: DocExample): string {
  const lines = example.code.split('\n');
  const out = [...lines];
  const where = (i: number): string => JSON.stringify(`${example.file}:${example.line + i}`);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const inline = /^(\s*)(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
    if (inline !== null && (inline[2] ?? '').trim() !== '') {
      const [, indent, tail, expected] = inline;
      // The expression may start on an earlier line: go back until its brackets balance.
      const start = statementStart(lines, i, tail ?? '');
      const expr = [...lines.slice(start, i), tail ?? ''].join('\n');
      if (/^(const|let|var|type|interface|import|export)\b/.test(expr.trim())) continue;
      out.splice(start, i - start, ...new Array<string>(i - start).fill(''));
      out[i] = `${indent}__expectDoc((${expr}), (${expected}), ${where(i)});`;
      continue;
    }
    const own = /^\s*\/\/=>\s*(.+)$/.exec(line);
    if (own === null) continue;
    let end = i - 1;
    while (end >= 0 && (lines[end] ?? '').trim() === '') end--;
    const start = statementStart(lines, end, lines[end] ?? '');
    const statement = lines.slice(start, end + 1).join('\n').replace(/;\s*$/, '');
    out.splice(start, end - start + 1, ...new Array<string>(end - start + 1).fill(''));
    out[start] = `__expectDoc((${statement}), (${own[1]}), ${where(i)});`;
    out[i] = '';
  }
  return `import { expectDoc as __expectDoc } from '${new URL('./doc-expect.ts', import.meta.url).pathname}';\n${out.join('\n')}\nexport {};\n`;
}
