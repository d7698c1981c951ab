/**
 * Runs every example under examples/ (and the demo) as a user would, failing on the first error.
 * Run by `npm test`: `npm run examples`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
// The demo also once in another language: it must speak it throughout without failing.
const runs: (readonly string[])[] = [...files.map((f) => [f]), ['demo.ts', '--locale', 'zh-Hant']];
for (const [file, ...args] of runs) {
  const started = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', join(dir, file!), ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`examples/${[file, ...args].join(' ')}: ok (${Math.round(performance.now() - started)} ms)`);
}
console.log(`${runs.length} passed, 0 failed`);
