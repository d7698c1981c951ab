/**
 * Runs every example under examples/ (and the demo) as a user would, failing on the first error,
 * and compares what each prints with the answer it is known to give (examples/expected/): an
 * example that still runs but answers differently fails too. Only the durations it reports are
 * not compared. Run by `npm test`: `npm run examples`; after a change that is meant to alter an
 * answer, `npm run examples -- --update` writes the new answers, to review in the diff.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'examples');
const expectedDir = join(dir, 'expected');
const update = process.argv.includes('--update');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
// The demo also once in each other language: it must speak it throughout without failing.
const runs: (readonly string[])[] = [...files.map((f) => [f]), ['demo.ts', '--locale', 'zh-Hans'], ['demo.ts', '--locale', 'zh-Hant']];

/** The output with its durations (`in 1,035 ms`, `1,232 毫秒`) blanked: they are the machine's, not the answer. */
const answer = (output: string): string => output.replace(/\d[\d,.]*(?= ?(?:ms\b|毫秒))/g, '…');

let failed = 0;
for (const [file, ...args] of runs) {
  const started = performance.now();
  const output = execFileSync(process.execPath, ['--import', 'tsx', join(dir, file!), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const name = [file!.replace(/\.ts$/, ''), ...args.filter((a) => !a.startsWith('--'))].join('.');
  const expectedFile = join(expectedDir, `${name}.txt`);
  const actual = answer(output);
  const ms = Math.round(performance.now() - started);
  if (update) {
    mkdirSync(expectedDir, { recursive: true });
    writeFileSync(expectedFile, actual);
    console.log(`examples/${[file, ...args].join(' ')}: written to examples/expected/${name}.txt (${ms} ms)`);
    continue;
  }
  const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : undefined;
  if (expected === actual) {
    console.log(`examples/${[file, ...args].join(' ')}: ok (${ms} ms)`);
    continue;
  }
  failed++;
  if (expected === undefined) {
    console.log(`FAIL examples/${[file, ...args].join(' ')}: no examples/expected/${name}.txt`);
    continue;
  }
  const want = expected.split('\n');
  const got = actual.split('\n');
  const line = want.findIndex((w, i) => w !== got[i]);
  const at = line < 0 ? want.length : line;
  console.log(`FAIL examples/${[file, ...args].join(' ')}: answers differently from examples/expected/${name}.txt, line ${at + 1}:`);
  console.log(`  expected: ${want[at] ?? '(end of output)'}`);
  console.log(`  actual:   ${got[at] ?? '(end of output)'}`);
}
if (update) console.log(`${runs.length} answers written`);
else console.log(`${runs.length - failed} passed, ${failed} failed${failed ? ' (npm run examples -- --update writes the new answers, to review in the diff)' : ''}`);
if (failed) process.exit(1);
