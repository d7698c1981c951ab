/**
 * The report in a real browser: headless Chromium (Debian's `chromium` at /usr/bin/chromium, or
 * CHROMIUM_PATH) loads report.html, shows every chart with a non-zero size and logs no error.
 * Skipped, with a message, where Chromium is not installed; CI installs it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, EXPECTED_CHARTS, checkReport, chromiumAvailable, problems } from './browser.js';
import { buildReport, tmp } from './build.js';

const available = chromiumAvailable();
if (!available) {
  console.warn(`test/report/report.browser.test.ts: SKIPPED — ${CHROMIUM} not found. Install Debian's chromium (apt-get install -y chromium) to check the report in a browser.`);
}

describe.skipIf(!available)(`report.html in headless Chromium (${CHROMIUM})`, () => {
  it('loads with no console or page errors, shows every chart and takes a screenshot', async () => {
    const { path } = buildReport('report-browser.html');
    const check = await checkReport(path, join(tmp, 'report.png'));
    expect(check.errors).toEqual([]);
    expect(problems(check)).toEqual([]);
    expect(check.title).toBe('Customer value report: CDNOW');
    // Every kind of chart is shown; the segment bars three times (segments, P(alive), value by segment).
    expect([...new Set(check.charts.map((c) => c.kind))].sort()).toEqual([...EXPECTED_CHARTS].sort());
    expect(check.charts.filter((c) => c.kind === 'crm-chart-segment-bars')).toHaveLength(3);
    for (const c of check.charts) {
      expect(c.width).toBeGreaterThan(300);
      expect(c.height).toBeGreaterThan(100);
    }
  });

  it('reports a console error as a problem', async () => {
    const { writeFileSync } = await import('node:fs');
    const bad = join(tmp, 'bad.html');
    writeFileSync(bad, '<!doctype html><title>bad</title><script>console.error("boom"); throw new Error("bang")</script>');
    const check = await checkReport(bad);
    expect(check.errors).toEqual(expect.arrayContaining(['console: boom', expect.stringContaining('bang')]));
    expect(problems(check)).toEqual(expect.arrayContaining(['no visible crm-chart-rfm-heatmap chart']));
  });
});

describe.skipIf(available)('report.html in headless Chromium', () => {
  it.skip(`SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium)`, () => {});
});
