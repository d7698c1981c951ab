/**
 * The picture of the report for the README: the CDNOW customers per RFM segment as a small SVG,
 * drawn by `crm-taxonomy/charts` from the data set the repository ships (no browser, no network),
 * written to docs/assets/report-segments.svg. The same input always gives the same file.
 *
 *   npx tsx scripts/screenshot-report.ts [--locale zh-Hans] [--out docs/assets/report-segments.svg]
 *   npx tsx scripts/screenshot-report.ts --browser [--png test/.tmp/report.png]
 *
 * `--browser` also builds report.html (examples/report.ts), opens it in headless Chromium
 * (/usr/bin/chromium or CHROMIUM_PATH, via playwright-core), fails on any console error, page
 * error or failed request and on a missing or empty chart, and writes a full-page screenshot.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fitRfm } from '../src/index.js';
import { segmentBars, segmentSizesFromScores } from '../src/charts/index.js';
import { zhHans } from '../src/locales/entries/zh-Hans.js';
import { zhHant } from '../src/locales/entries/zh-Hant.js';
import { cdnowAccessors, readCdnow } from '../examples/data/cdnow.js';
import { localeArgument } from '../examples/support/args.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? resolve(args[at + 1]!) : fallback;
};
const locale = localeArgument();
const svgPath = option('--out', join(root, 'docs/assets/report-segments.svg'));

const result = fitRfm(readCdnow(), { asOf: '1998-07-01', accessors: cdnowAccessors });
const sizes = segmentSizesFromScores(result).filter((s) => s.count > 0);
const svg = `${segmentBars(sizes, { locale, texts: [zhHans, zhHant], width: 640 })}\n`;
mkdirSync(dirname(svgPath), { recursive: true });
writeFileSync(svgPath, svg);
console.log(`screenshot-report: wrote ${relative(process.cwd(), svgPath)} (${(svg.length / 1024).toFixed(1)} KB, ${sizes.length} segments of ${result.customers.length} customers)`);

if (args.includes('--browser')) {
  const { CHROMIUM, checkReport, chromiumAvailable, problems } = await import('../test/report/browser.js');
  if (!chromiumAvailable()) {
    console.error(`screenshot-report: ${CHROMIUM} not found; install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
    process.exit(1);
  }
  const html = join(root, 'test/.tmp/report.html');
  const png = option('--png', join(root, 'test/.tmp/report.png'));
  mkdirSync(dirname(html), { recursive: true });
  mkdirSync(dirname(png), { recursive: true });
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'examples/report.ts'), '--locale', locale, '--out', html], { cwd: root, stdio: 'inherit' });
  const check = await checkReport(html, png);
  const found = problems(check);
  for (const c of check.charts) console.log(`  ${c.kind}: ${Math.round(c.width)} × ${Math.round(c.height)} "${c.title}"`);
  if (found.length > 0) {
    console.error(`screenshot-report: ${found.length} problem(s):\n  ${found.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`screenshot-report: "${check.title}" loaded with no console errors; ${check.visibleSvgs} charts; wrote ${png}`);
}
