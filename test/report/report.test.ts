import { describe, expect, it } from 'vitest';
import { xmlProblems } from '../charts/xml.js';
import { buildReport } from './build.js';

const svgsOf = (html: string): string[] => [...html.matchAll(/<svg [\s\S]*?<\/svg>/g)].map((m) => m[0]);
/** The visible text of a page: tags and the style sheet removed, entities of the escapes read back. */
const textOf = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('examples/report.ts', () => {
  const en = buildReport('report-en.html');
  const hans = buildReport('report-zh-Hans.html', 'zh-Hans');

  it('writes report.html from CDNOW in under 5 s', () => {
    expect(en.stdout).toMatch(/\(en, \d+ KB, 23,570 customers\)/);
    // The line speaks the report's locale too.
    expect(hans.stdout).toMatch(/（zh-Hans，\d+ KB，23,570 位客户）/);
    expect(en.ms).toBeLessThan(5000);
  });

  it('is self-contained: inline SVG and CSS, no script, nothing fetched', () => {
    for (const { html } of [en, hans]) {
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
      // The only addresses are the attribution's links.
      for (const m of html.matchAll(/https?:\/\/[^\s"<)]+/g)) expect(m[0]).toMatch(/^https:\/\/www\.brucehardie\.com\/|^http:\/\/www\.w3\.org\/2000\/svg$/);
    }
  });

  it('holds every chart, each well-formed: the grid, three bar charts, the Pareto curve, the tracking chart, the lifecycle', () => {
    for (const { html } of [en, hans]) {
      const svgs = svgsOf(html);
      expect(svgs).toHaveLength(7);
      const kinds = svgs.map((s) => /crm-chart-([\w-]+)"/.exec(s)?.[1]);
      expect(kinds).toEqual(['rfm-heatmap', 'segment-bars', 'pareto', 'segment-bars', 'segment-bars', 'tracking', 'state-diagram']);
      for (const svg of svgs) expect(xmlProblems(svg)).toEqual([]);
    }
  });

  it('speaks the locale it is given throughout, the charts included', () => {
    expect(en.html).toContain('<html lang="en">');
    expect(hans.html).toContain('<html lang="zh-Hans">');
    const text = textOf(hans.html.split('<footer')[0]!);
    expect(text).toContain('客户价值报告：CDNOW');
    expect(text).toContain('23,570 位客户的 69,659 笔购买，1997-01-01 至 1998-06-30');
    expect(text).toContain('冠军客户'); // segment labels from the message tables
    expect(text).toContain('RFM 网格：最近购买得分 × 购买频次得分'); // a chart's own title
    expect(text).toContain('累计重复购买');
    expect(text).toContain('首次购买'); // an event of the status machine
    // No English word left outside the names of models and measures.
    const english = text.match(/\b[A-Za-z]{4,}\b/g) ?? [];
    expect([...new Set(english)].sort()).toEqual(['CDNOW', 'Gamma']);
    const zhTw = buildReport('report-zh-TW.html', 'zh-TW');
    expect(zhTw.html).toContain('<html lang="zh-Hant">');
    expect(textOf(zhTw.html)).toContain('冠軍客戶');
  });

  it('names the data set and its attribution, the legend and the lifetime-value section', () => {
    const text = textOf(en.html);
    expect(text).toContain('Customer value report: CDNOW');
    expect(text).toContain('69,659 purchases by 23,570 customers, 1997-01-01 to 1998-06-30');
    expect(text).toContain('Bruce G. S. Hardie');
    expect(text).toContain('Forecasting Repeat Sales at CDNOW');
    expect(text).toContain("Can't lose them");
    expect(text).toContain('Reward them; ask for reviews and referrals');
    expect(text).toContain('First purchase');
    expect(text).toContain('Probability of being alive');
    expect(text).toContain('Expected value by segment');
    expect(text).toMatch(/\d+(\.\d)?% of expected value/); // the host's wording of a chart text
    expect(text).toMatch(/44,021 actual/); // the master log's repeat purchases by week 78
    expect(text).toMatch(/Customer 07592: P\(alive\) [\d.]+% \([\d.]+%–[\d.]+%\)/);
    // The top list: ten rows, ranks 1..10.
    const top = en.html.split('The most valuable customers')[1]!.split('</table>')[0]!;
    expect([...top.matchAll(/<tr><td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
