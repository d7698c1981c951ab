/**
 * Loads report.html in headless Chromium (Debian's `chromium`, driven by playwright-core) and
 * checks it as a reader would see it: no console error, no page error, no failed request, every
 * chart SVG present with a non-zero size. Shared by scripts/screenshot-report.ts and
 * test/report/report.browser.test.ts.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The chart classes the report must show. */
export const EXPECTED_CHARTS = ['crm-chart-rfm-heatmap', 'crm-chart-segment-bars', 'crm-chart-pareto', 'crm-chart-tracking', 'crm-chart-state-diagram'] as const;

export interface ReportCheck {
  readonly errors: readonly string[];
  readonly charts: readonly { readonly kind: string; readonly width: number; readonly height: number; readonly title: string }[];
  readonly visibleSvgs: number;
  readonly title: string;
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * Opens the report via file://, collects console errors, page errors and failed requests, measures
 * the visible SVGs and, when `screenshot` is given, writes a full-page PNG there.
 */
export async function checkReport(htmlPath: string, screenshot?: string): Promise<ReportCheck> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1040, height: 900 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    const charts = await page.$$eval('svg.crm-chart', (svgs) =>
      svgs
        .map((svg) => {
          const box = svg.getBoundingClientRect();
          const kind = [...svg.classList].find((c) => c !== 'crm-chart') ?? '';
          return { kind, width: box.width, height: box.height, title: svg.querySelector('title')?.textContent ?? '' };
        })
        .filter((c) => c.width > 0 || c.height > 0),
    );
    const visibleSvgs = charts.length;
    const title = await page.title();
    if (screenshot !== undefined) await page.screenshot({ path: screenshot, fullPage: true });
    return { errors, charts, visibleSvgs, title };
  } finally {
    await browser.close();
  }
}

/** Problems with a check: errors, and charts missing or of zero size. */
export function problems(check: ReportCheck): string[] {
  const out = [...check.errors];
  for (const kind of EXPECTED_CHARTS) {
    const found = check.charts.filter((c) => c.kind === kind);
    if (found.length === 0) out.push(`no visible ${kind} chart`);
    for (const c of found) if (!(c.width > 0 && c.height > 0)) out.push(`${kind} has size ${c.width} × ${c.height}`);
  }
  return out;
}
