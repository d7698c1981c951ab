import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const tmp = join(root, 'test/.tmp');

/** Runs examples/report.ts as a user would (in a locale, `en` by default), writing into test/.tmp; returns the page and the time it reported. */
export function buildReport(name = 'report.html', locale = 'en'): { path: string; html: string; ms: number; stdout: string } {
  mkdirSync(tmp, { recursive: true });
  const path = join(tmp, name);
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'examples/report.ts'), '--locale', locale, '--out', path], { cwd: root, encoding: 'utf8' });
  // The last line gives the time in the report's locale ('in 1,969 ms', '用时 1,428 毫秒').
  const ms = Number(/([\d,]+) (?:ms|毫秒)/.exec(stdout)?.[1]?.replace(/,/g, '') ?? Number.NaN);
  return { path, html: readFileSync(path, 'utf8'), ms, stdout };
}
