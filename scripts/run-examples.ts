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
for (const file of files) {
  const started = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', join(dir, file)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`examples/${file}: ok (${Math.round(performance.now() - started)} ms)`);
}
console.log(`${files.length} passed, 0 failed`);
