/**
 * Writes report.html (examples/report.ts), opens it in headless Chromium (/usr/bin/chromium via
 * playwright-core), fails on any console error, page error or failed request and on a missing or
 * empty chart, and writes the screenshot docs/assets/report.png.
 *
 *   npx tsx scripts/screenshot-report.ts [--html report.html] [--out docs/assets/report.png] [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CHROMIUM, checkReport, chromiumAvailable, problems } from '../test/report/browser.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? resolve(args[at + 1]!) : fallback;
};
const html = option('--html', join(root, 'report.html'));
const png = option('--out', join(root, 'docs/assets/report.png'));

if (!chromiumAvailable()) {
  console.error(`screenshot-report: ${CHROMIUM} not found; install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}
if (!args.includes('--no-build')) {
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'examples/report.ts'), '--out', html], { cwd: root, stdio: 'inherit' });
}
mkdirSync(dirname(png), { recursive: true });
const check = await checkReport(html, png);
const found = problems(check);
for (const c of check.charts) console.log(`  ${c.kind}: ${Math.round(c.width)} × ${Math.round(c.height)} "${c.title}"`);
if (found.length > 0) {
  console.error(`screenshot-report: ${found.length} problem(s):\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log(`screenshot-report: "${check.title}" loaded with no console errors; ${check.visibleSvgs} charts; wrote ${png}`);
