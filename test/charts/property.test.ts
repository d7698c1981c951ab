import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoCurve, rfmHeatmap, segmentBars, stateDiagram, type RfmGridCell } from 'crm-taxonomy/charts';
import { count, texts, xmlProblems } from './xml.js';

// Any text a host may hand over: markup characters, control characters, lone surrogates, CJK, emoji.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '\u0000', '\u001b', '\uD800', '\uDC00', '\uFFFF', ']]>', '客', '😀', 'a', ' '), maxLength: 12 }),
  fc.constantFrom('', '<script>alert(1)</script>', '&amp;', ']]>', '<!--', '"/><svg onload=x>'),
);
const locale = fc.constantFrom('en', 'zh-Hans', 'zh-Hant', 'zh-TW', 'ja');
const share = fc.double({ min: -2, max: 2, noNaN: true });

const cells = fc.integer({ min: 1, max: 7 }).chain((scale) =>
  fc.uniqueArray(
    fc.record({
      r: fc.integer({ min: 1, max: scale }),
      f: fc.integer({ min: 1, max: scale }),
      count: fc.integer({ min: 0, max: 10_000_000 }),
      revenueShare: share,
      segment: fc.option(fc.oneof(nasty, fc.constantFrom('champions', 'lost', 'at_risk')), { nil: undefined }),
    }),
    { selector: (c) => `${c.r},${c.f}`, maxLength: scale * scale },
  ),
);
const size = fc.option(fc.integer({ min: 120, max: 2000 }), { nil: undefined });

const unescape = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

describe('charts: well-formed, deterministic SVG for arbitrary input', () => {
  it('rfmHeatmap', () => {
    fc.assert(
      fc.property(cells, locale, size, size, nasty, nasty, (input, loc, width, height, title, label) => {
        const cleaned = input.map((c) => (c.segment === undefined ? { r: c.r, f: c.f, count: c.count, revenueShare: c.revenueShare } : (c as RfmGridCell)));
        const texts = { en: Object.fromEntries(cleaned.flatMap((c) => (c.segment === undefined ? [] : [[`segment.${c.segment}.label`, `${label}${c.segment}`]]))) };
        const options = { locale: loc, title, texts, ...(width === undefined ? {} : { width }), ...(height === undefined ? {} : { height }) };
        const svg = rfmHeatmap(cleaned, options);
        expect(xmlProblems(svg)).toEqual([]);
        const scale = cleaned.reduce((m, c) => Math.max(m, c.r, c.f), 1);
        expect(count(svg, 'rect', 'cell')).toBe(scale * scale);
        expect(svg).not.toMatch(/NaN|Infinity/);
        expect(svg).toBe(rfmHeatmap([...cleaned].reverse(), options));
      }),
      { numRuns: 200 },
    );
  });

  it('segmentBars', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: nasty, count: fc.integer({ min: 0, max: 1e7 }), revenue: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }), label: fc.option(nasty, { nil: undefined }) }), { maxLength: 15 }),
        locale,
        size,
        (raw, loc, width) => {
          const sizes = raw.map((s) => ({ id: s.id, count: s.count, ...(s.revenue === undefined ? {} : { revenue: s.revenue }), ...(s.label === undefined ? {} : { label: s.label }) }));
          const svg = segmentBars(sizes, { locale: loc, ...(width === undefined ? {} : { width }) });
          expect(xmlProblems(svg)).toEqual([]);
          expect(count(svg, 'rect', 'bar')).toBe(sizes.length);
          expect(svg).not.toMatch(/NaN|Infinity/);
          expect(svg).toBe(segmentBars(structuredClone(sizes), { locale: loc, ...(width === undefined ? {} : { width }) }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('paretoCurve', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ customers: share, value: share }), { maxLength: 60 }),
        fc.array(fc.record({ label: nasty, customers: share, value: share }), { maxLength: 3 }),
        locale,
        (points, cuts, loc) => {
          const svg = paretoCurve(points, { cuts, locale: loc });
          expect(xmlProblems(svg)).toEqual([]);
          expect(count(svg, 'path', 'cut-line')).toBe(cuts.length);
          expect(svg).not.toMatch(/NaN|Infinity/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stateDiagram', () => {
    const machine = fc.uniqueArray(nasty, { maxLength: 7 }).chain((ids) =>
      fc.record({
        states: fc.constant(ids.map((id) => ({ id, label: id }))),
        edges:
          ids.length === 0
            ? fc.constant<{ from: string; to: string; label: string | undefined }[]>([])
            : fc.array(fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), label: fc.option(nasty, { nil: undefined }) }), { maxLength: 12 }),
      }),
    );
    fc.assert(
      fc.property(machine, locale, (m, loc) => {
        const input = { states: m.states, edges: m.edges.map((e) => ({ from: e.from, to: e.to, ...(e.label === undefined ? {} : { label: e.label }) })) };
        const svg = stateDiagram(input, { locale: loc });
        expect(xmlProblems(svg)).toEqual([]);
        expect(count(svg, 'rect', 'state')).toBe(input.states.length);
        expect(count(svg, 'path', 'edge')).toBe(input.edges.length);
        expect(svg).not.toMatch(/NaN|Infinity/);
        // Short labels come through whole (escaped, then unescaped by the reader).
        for (const s of input.states) if ([...s.id].length <= 3) expect(texts(svg)).toContain(unescape(s.id));
      }),
      { numRuns: 200 },
    );
  });
});
