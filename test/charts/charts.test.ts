import { describe, expect, it } from 'vitest';
import {
  CATEGORICAL_PALETTE,
  escapeXml,
  paretoCurve,
  rfmHeatmap,
  SEGMENT_COLORS,
  segmentBars,
  stateDiagram,
  type RfmGridCell,
  type StateDiagramInput,
} from 'crm-taxonomy/charts';
import { isCrmTaxonomyError } from '../../src/errors/index.js';
import { RFM_SEGMENTS } from '../../src/scoring/index.js';
import { count, elements, pathPoints, texts, xmlProblems } from './xml.js';
import { CHINESE, inLocale } from '../support/locales.js';

const grid = (scale: number, segmentOf: (r: number, f: number) => string | undefined = () => 'champions'): RfmGridCell[] => {
  const cells: RfmGridCell[] = [];
  for (let r = 1; r <= scale; r++) {
    for (let f = 1; f <= scale; f++) {
      const segment = segmentOf(r, f);
      cells.push({ r, f, count: r * 10 + f, revenueShare: (r * 10 + f) / 1000, ...(segment === undefined ? {} : { segment }) });
    }
  }
  return cells;
};

const thrown = (fn: () => unknown): { code: string; path: readonly (string | number)[] } => {
  try {
    fn();
  } catch (error) {
    if (isCrmTaxonomyError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('did not throw');
};

function accessible(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).toMatch(/^<svg [^>]*role="img"/);
  expect(svg).toMatch(/^<svg [^>]*aria-label="[^"]+"/);
  expect(svg).toMatch(/^<svg [^>]*><title>[^<]+<\/title><desc>[^<]+<\/desc>/);
  expect(xmlProblems(svg)).toEqual([]);
  expect(svg).not.toMatch(/NaN|Infinity|undefined/);
}

describe('escapeXml', () => {
  it('escapes the five XML characters and replaces forbidden ones', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001Fc\tok\n')).toBe('a\uFFFDb\uFFFDc\tok\n');
    expect(escapeXml('\uD800x')).toBe('\uFFFDx');
    expect(escapeXml('😀 客户')).toBe('😀 客户');
  });
});

describe('rfmHeatmap', () => {
  it('draws scale × scale cells, each with a title, axes and the accessible title', () => {
    const svg = rfmHeatmap(grid(5));
    accessible(svg);
    expect(count(svg, 'rect', 'cell')).toBe(25);
    expect(count(svg, 'g', 'cell-group')).toBe(25);
    expect(svg.match(/<g class="cell-group"[^>]*><title>/g)).toHaveLength(25);
    expect(texts(svg)).toEqual(expect.arrayContaining(['R 1', 'R 5', 'F 1', 'F 5', '55', '11']));
    expect(svg).toContain('<title>RFM grid: recency score × frequency score</title>');
  });

  it('puts R 5 at the top and F 5 on the right', () => {
    const svg = rfmHeatmap(grid(3));
    const rects = elements(svg, 'rect', 'cell');
    const groups = [...svg.matchAll(/<g class="cell-group" data-r="(\d)" data-f="(\d)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(groups[0]).toEqual([3, 1]);
    expect(groups[8]).toEqual([1, 3]);
    expect(Number(rects[0]!['y'])).toBeLessThan(Number(rects[8]!['y']));
    expect(Number(rects[0]!['x'])).toBeLessThan(Number(rects[8]!['x']));
  });

  it('colours each cell by its segment, and empty cells grey', () => {
    const order = RFM_SEGMENTS.segments.map((s) => s.id);
    const cells = grid(5, (r, f) => order[(r * 5 + f) % order.length]).map((c) => (c.r === 1 && c.f === 1 ? { ...c, count: 0 } : c));
    const svg = rfmHeatmap(cells);
    const fills = elements(svg, 'rect', 'cell');
    const segments = [...svg.matchAll(/<g class="cell-group" data-r="(\d)" data-f="(\d)"(?: data-segment="([^"]+)")?/g)];
    segments.forEach((m, i) => {
      const r = Number(m[1]);
      const f = Number(m[2]);
      if (r === 1 && f === 1) {
        expect(m[3]).toBeUndefined();
        expect(fills[i]!['fill']).toBe('#eef1f4');
      } else {
        expect(m[3]).toBe(order[(r * 5 + f) % order.length]);
        expect(fills[i]!['fill']).toBe(SEGMENT_COLORS[m[3]!]);
      }
    });
    for (const id of order) expect(SEGMENT_COLORS[id]).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(order.map((id) => SEGMENT_COLORS[id])).size).toBe(order.length);
  });

  it('shows segment labels, counts and revenue shares in the locale', () => {
    const cells: RfmGridCell[] = [
      { r: 2, f: 2, count: 1234567, revenueShare: 0.5678, segment: 'champions' },
      { r: 1, f: 1, count: 3, revenueShare: 0.001, segment: 'lost' },
    ];
    const en = texts(rfmHeatmap(cells));
    expect(en).toEqual(expect.arrayContaining(['Champions', '1,234,567', '56.8% of revenue', 'Lost', '3', '0.1% of revenue']));
    const hans = rfmHeatmap(cells, { ...inLocale('zh-Hans') });
    expect(texts(hans)).toEqual(expect.arrayContaining(['冠军客户', '流失客户', '收入 56.8%']));
    expect(hans).toContain('<title>RFM 网格：最近购买得分 × 购买频次得分</title>');
    expect(texts(rfmHeatmap(cells, { ...inLocale('zh-TW') }))).toContain('冠軍客戶');
  });

  it('escapes labels, titles and descriptions', () => {
    const svg = rfmHeatmap([{ r: 1, f: 1, count: 1, revenueShare: 1, segment: 'x<y>&"z"' }], {
      texts: { en: { 'segment.x<y>&"z".label': '<script>alert("&")</script>' } },
      title: 'A & B <c>',
      description: '"quoted" & \'single\'',
    });
    accessible(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(svg).toContain('<desc>&quot;quoted&quot; &amp; &apos;single&apos;</desc>');
    expect(svg).toContain('data-segment="x&lt;y&gt;&amp;&quot;z&quot;"');
    expect(texts(svg).join('|')).toContain('<script>');
  });

  it('uses host colours, then the categorical palette for unknown segments', () => {
    const svg = rfmHeatmap(
      [
        { r: 1, f: 1, count: 1, revenueShare: 0, segment: 'gold' },
        { r: 1, f: 2, count: 1, revenueShare: 0, segment: 'silver' },
        { r: 2, f: 1, count: 1, revenueShare: 0, segment: 'champions' },
      ],
      { colors: new Map([['gold', '#ffd700'], ['champions', '#000000']]) },
    );
    const fills = new Map(
      [...svg.matchAll(/data-segment="(\w+)"><title>[^<]*<\/title><rect[^>]*fill="(#\w+)"/g)].map((m) => [m[1], m[2]]),
    );
    expect(fills.get('gold')).toBe('#ffd700');
    expect(fills.get('champions')).toBe('#000000');
    expect(fills.get('silver')).toBe(CATEGORICAL_PALETTE[0]);
    expect(rfmHeatmap([{ r: 1, f: 1, count: 1, revenueShare: 0, segment: 'gold' }], { colors: { gold: '#ffd700' } })).toContain('fill="#ffd700"');
  });

  it('reads ids such as __proto__ and constructor as data, never from the prototype', () => {
    const cells: RfmGridCell[] = [
      { r: 1, f: 1, count: 1, revenueShare: 0.5, segment: '__proto__' },
      { r: 1, f: 2, count: 1, revenueShare: 0.5, segment: 'constructor' },
    ];
    const svg = rfmHeatmap(cells);
    expect(svg).toContain(`fill="${CATEGORICAL_PALETTE[0]}"`);
    expect(svg).toContain(`fill="${CATEGORICAL_PALETTE[1]}"`);
    expect(texts(svg)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    const colors = JSON.parse('{"__proto__": "#123456"}') as Record<string, string>;
    expect(rfmHeatmap(cells, { colors })).toContain('fill="#123456"');
    expect(thrown(() => rfmHeatmap(cells, { colors: { x: 3 } as never }))).toEqual({ code: 'invalid_argument', path: ['options', 'colors', 'x'] });
    expect(thrown(() => rfmHeatmap(cells, { texts: { en: { k: 1 } } as never }))).toEqual({ code: 'invalid_argument', path: ['options', 'texts', 'en', 'k'] });
  });

  it('keeps its constants frozen', () => {
    expect(Object.isFrozen(SEGMENT_COLORS)).toBe(true);
    expect(Object.isFrozen(CATEGORICAL_PALETTE)).toBe(true);
    expect(() => {
      (SEGMENT_COLORS as Record<string, string>)['champions'] = '#000000';
    }).toThrow(TypeError);
  });

  it('takes sizes from options and keeps text inside small cells', () => {
    const svg = rfmHeatmap(grid(5), { width: 300, height: 200 });
    expect(svg).toMatch(/^<svg [^>]*width="300" height="200" viewBox="0 0 300 200"/);
    for (const rect of elements(svg, 'rect', 'cell')) {
      expect(Number(rect['x']) + Number(rect['width'])).toBeLessThanOrEqual(300);
      expect(Number(rect['y']) + Number(rect['height'])).toBeLessThanOrEqual(200);
    }
    expect(count(rfmHeatmap(grid(2), { scale: 4 }), 'rect', 'cell')).toBe(16);
  });

  it('is deterministic and does not mutate its input', () => {
    const cells = grid(4);
    const copy = structuredClone(cells);
    expect(rfmHeatmap(cells)).toBe(rfmHeatmap(copy));
    expect(rfmHeatmap([...cells].reverse())).toBe(rfmHeatmap(cells));
    expect(cells).toEqual(copy);
  });

  it('rejects bad cells and options with invalid_argument', () => {
    expect(thrown(() => rfmHeatmap([{ r: 0, f: 1, count: 1, revenueShare: 0 }]))).toEqual({ code: 'invalid_argument', path: ['cells', 0, 'r'] });
    expect(thrown(() => rfmHeatmap([{ r: 1, f: 1.5, count: 1, revenueShare: 0 }]))).toEqual({ code: 'invalid_argument', path: ['cells', 0, 'f'] });
    expect(thrown(() => rfmHeatmap([{ r: 1, f: 1, count: -1, revenueShare: 0 }]))).toEqual({ code: 'invalid_argument', path: ['cells', 0, 'count'] });
    expect(thrown(() => rfmHeatmap([{ r: 1, f: 1, count: 1, revenueShare: Number.NaN }]))).toEqual({ code: 'invalid_argument', path: ['cells', 0, 'revenueShare'] });
    const twice = [{ r: 1, f: 1, count: 1, revenueShare: 0 }, { r: 1, f: 1, count: 2, revenueShare: 0 }];
    expect(thrown(() => rfmHeatmap(twice))).toEqual({ code: 'invalid_argument', path: ['cells', 1] });
    expect(thrown(() => rfmHeatmap(grid(3), { scale: 2 }))).toEqual({ code: 'invalid_argument', path: ['options', 'scale'] });
    expect(thrown(() => rfmHeatmap(grid(3), { width: 10 }))).toEqual({ code: 'invalid_argument', path: ['options', 'width'] });
    expect(thrown(() => rfmHeatmap('cells' as never))).toEqual({ code: 'invalid_argument', path: ['cells'] });
  });

  it('draws an empty grid for no cells', () => {
    const svg = rfmHeatmap([]);
    accessible(svg);
    expect(count(svg, 'rect', 'cell')).toBe(1);
    expect(svg).toContain('<desc>0 customers on a 1 × 1 grid');
  });
});

describe('segmentBars', () => {
  const sizes = RFM_SEGMENTS.segments.map((s, i) => ({ id: s.id, count: (i + 1) * 100, revenue: (11 - i) * 1000 }));

  it('draws one bar per segment in the order given, with label, count and shares', () => {
    const svg = segmentBars(sizes);
    accessible(svg);
    expect(count(svg, 'rect', 'bar')).toBe(11);
    const ids = [...svg.matchAll(/data-segment="(\w+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(sizes.map((s) => s.id));
    const all = texts(svg);
    expect(all).toEqual(expect.arrayContaining(['Champions', 'Lost', "Can't lose them"]));
    expect(all).toContain('1,100 (16.7%) · 1.5% of revenue');
    const widths = elements(svg, 'rect', 'bar').map((r) => Number(r['width']));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    elements(svg, 'rect', 'bar').forEach((r, i) => expect(r['fill']).toBe(SEGMENT_COLORS[sizes[i]!.id]));
  });

  it('grows with the number of segments and fits bar and value in the width', () => {
    const svg = segmentBars(sizes, { width: 500 });
    const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
    expect(height).toBe(16 + 11 * 30);
    for (const r of elements(svg, 'rect', 'bar')) expect(Number(r['x']) + Number(r['width'])).toBeLessThan(500);
  });

  it('leaves revenue out when not every size has it, or when told', () => {
    const svg = segmentBars([{ id: 'champions', count: 3 }, { id: 'lost', count: 1, revenue: 5 }]);
    expect(texts(svg)).toContain('3 (75.0%)');
    expect(texts(segmentBars(sizes, { showRevenue: false }))).toContain('1,100 (16.7%)');
  });

  it('escapes labels and handles zero and empty input', () => {
    const svg = segmentBars([{ id: 'a&b', count: 0, label: '<b>&</b>' }]);
    accessible(svg);
    expect(svg).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(elements(svg, 'rect', 'bar')[0]!['width']).toBe('0');
    accessible(segmentBars([]));
    expect(segmentBars([])).toContain('<desc>No segments.</desc>');
    expect(texts(segmentBars(sizes, { ...inLocale('zh-Hant') }))).toContain('冠軍客戶');
  });

  it('rejects bad sizes', () => {
    expect(thrown(() => segmentBars([{ id: 'x', count: Number.POSITIVE_INFINITY }]))).toEqual({ code: 'invalid_argument', path: ['sizes', 0, 'count'] });
    expect(thrown(() => segmentBars([{ id: 'x', count: -2 }]))).toEqual({ code: 'invalid_argument', path: ['sizes', 0, 'count'] });
    expect(thrown(() => segmentBars([{ id: 3 as never, count: 1 }]))).toEqual({ code: 'invalid_argument', path: ['sizes', 0, 'id'] });
    expect(thrown(() => segmentBars([{ id: 'x', count: 1, revenue: Number.NaN }]))).toEqual({ code: 'invalid_argument', path: ['sizes', 0, 'revenue'] });
    // Two counts of 1e308 made a total of Infinity (and every share 0.0%): a count is at most 2^53 − 1.
    expect(thrown(() => segmentBars([{ id: 'x', count: 1e308 }, { id: 'y', count: 1e308 }]))).toEqual({ code: 'invalid_argument', path: ['sizes', 0, 'count'] });
    expect(thrown(() => rfmHeatmap([{ r: 1, f: 1, count: 1e308, revenueShare: 0.5 }]))).toEqual({ code: 'invalid_argument', path: ['cells', 0, 'count'] });
    expect(thrown(() => segmentBars([{ id: 'x', count: 1, revenue: 1e308 }, { id: 'y', count: 1, revenue: 1e308 }]))).toEqual({ code: 'invalid_argument', path: ['sizes', 0, 'revenue'] });
  });
});

describe('paretoCurve', () => {
  const points = Array.from({ length: 50 }, (_, i) => ({ customers: (i + 1) / 50, value: 1 - (1 - (i + 1) / 50) ** 3 }));
  const cuts = [{ label: 'A', customers: 0.3, value: 0.8 }, { label: 'B', customers: 0.6, value: 0.95 }];

  it('draws a monotone curve from the origin, the diagonal, bands and cut lines', () => {
    const svg = paretoCurve(points, { cuts });
    accessible(svg);
    const curve = elements(svg, 'path', 'curve');
    expect(curve).toHaveLength(1);
    const xy = pathPoints(curve[0]!['d']!);
    expect(xy).toHaveLength(51);
    for (let i = 1; i < xy.length; i++) {
      expect(xy[i]![0]).toBeGreaterThanOrEqual(xy[i - 1]![0]);
      expect(xy[i]![1]).toBeLessThanOrEqual(xy[i - 1]![1]); // SVG y grows downwards
    }
    expect(count(svg, 'path', 'cut-line')).toBe(2);
    expect(count(svg, 'line', 'diagonal')).toBe(1);
    expect(elements(svg, 'rect', 'band').map((b) => b['data-class'])).toEqual(['A', 'B', 'C']);
    expect(texts(svg)).toEqual(expect.arrayContaining(['A: 30.0% → 80.0%', 'B: 60.0% → 95.0%', '0%', '100%']));
    expect(svg).toContain('A: top 30.0% of customers hold 80.0% of value.');
  });

  it('sorts and clamps points, so the path stays monotone', () => {
    const svg = paretoCurve([{ customers: 1.2, value: 1.5 }, { customers: 0.5, value: -0.1 }, { customers: 0.2, value: 0.4 }]);
    const xy = pathPoints(elements(svg, 'path', 'curve')[0]!['d']!);
    expect(xy.map((p) => p[0])).toEqual([...xy.map((p) => p[0])].sort((a, b) => a - b));
    expect(Math.max(...xy.map((p) => p[0]))).toBeLessThanOrEqual(740);
  });

  it('is localized, escapes labels and rejects non-finite shares', () => {
    expect(texts(paretoCurve(points, { ...inLocale('zh-Hans') }))).toContain('累计价值占比');
    const svg = paretoCurve(points, { cuts: [{ label: '<A&>', customers: 0.5, value: 0.9 }], lastLabel: '"rest"' });
    accessible(svg);
    expect(svg).toContain('&lt;A&amp;&gt;: 50.0% → 90.0%');
    expect(thrown(() => paretoCurve([{ customers: Number.NaN, value: 0 }]))).toEqual({ code: 'invalid_argument', path: ['points', 0, 'customers'] });
    expect(thrown(() => paretoCurve(points, { cuts: [{ label: 'A', customers: 0.1, value: Number.POSITIVE_INFINITY }] }))).toEqual({
      code: 'invalid_argument',
      path: ['options', 'cuts', 0, 'value'],
    });
    expect(thrown(() => paretoCurve(null as never))).toEqual({ code: 'invalid_argument', path: ['points'] });
  });

  it('is deterministic', () => {
    expect(paretoCurve(points, { cuts })).toBe(paretoCurve([...points].reverse(), { cuts: [...cuts].reverse() }));
  });
});

describe('stateDiagram', () => {
  const machine: StateDiagramInput = {
    states: [
      { id: 'non_customer', label: { en: 'Non-customer', 'zh-Hans': '非客户' } },
      { id: 'potential', label: 'Potential' },
      { id: 'current', label: 'Current' },
      { id: 'lost', label: 'Lost' },
    ],
    edges: [
      { from: 'non_customer', to: 'potential', label: 'need' },
      { from: 'potential', to: 'current', label: { en: 'first purchase', 'zh-Hans': '首次购买' } },
      { from: 'non_customer', to: 'current' },
      { from: 'current', to: 'lost', label: 'stops' },
      { from: 'lost', to: 'current', label: 'win-back' },
      { from: 'current', to: 'current', label: 'repeat' },
    ],
  };

  it('draws a box per state and an arrow per edge, backward edges below', () => {
    const svg = stateDiagram(machine);
    accessible(svg);
    expect(count(svg, 'rect', 'state')).toBe(4);
    expect(count(svg, 'path', 'edge')).toBe(6);
    expect(count(svg, 'path', 'arrowhead')).toBe(6);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Non-customer', 'Potential', 'Current', 'Lost', 'need', 'first purchase', 'win-back', 'repeat']));
    const states = elements(svg, 'rect', 'state');
    const xs = states.map((s) => Number(s['x']));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const top = Number(states[0]!['y']);
    const edges = elements(svg, 'path', 'edge');
    const startY = (d: string): number => Number(/^M-?[\d.]+ (-?[\d.]+)/.exec(d)![1]);
    expect(startY(edges[4]!['d']!)).toBeGreaterThan(top); // lost → current starts at the bottom of Lost
    expect(startY(edges[0]!['d']!)).toBe(top);
    expect(svg).toContain('<title>Lost → Current: win-back</title>');
  });

  it('localizes labels and escapes them', () => {
    expect(texts(stateDiagram(machine, { ...inLocale('zh-Hans') }))).toEqual(expect.arrayContaining(['非客户', '首次购买', 'Potential']));
    const svg = stateDiagram({ states: [{ id: 'a', label: 'A <&> B' }, { id: 'b' }], edges: [{ from: 'a', to: 'b', label: '"go" & \'come\'' }] });
    accessible(svg);
    expect(texts(svg)).toEqual(expect.arrayContaining(['A <&> B', 'b', '"go" & \'come\'']));
  });

  it('rejects edges to unknown states and repeated states', () => {
    expect(thrown(() => stateDiagram({ states: [{ id: 'a' }], edges: [{ from: 'a', to: 'z' }] }))).toEqual({ code: 'invalid_argument', path: ['machine', 'edges', 0, 'to'] });
    expect(thrown(() => stateDiagram({ states: [{ id: 'a' }, { id: 'a' }], edges: [] }))).toEqual({ code: 'invalid_argument', path: ['machine', 'states', 1, 'id'] });
    expect(thrown(() => stateDiagram({ states: [{ id: 1 as never }], edges: [] }))).toEqual({ code: 'invalid_argument', path: ['machine', 'states', 0, 'id'] });
    expect(thrown(() => stateDiagram({ states: 'x' } as never))).toEqual({ code: 'invalid_argument', path: ['machine'] });
  });

  it('is deterministic and honours sizes', () => {
    expect(stateDiagram(machine)).toBe(stateDiagram(structuredClone(machine)));
    expect(stateDiagram(machine, { width: 1200, height: 400 })).toMatch(/^<svg [^>]*width="1200" height="400"/);
    accessible(stateDiagram({ states: [], edges: [] }));
  });
});

describe('hostile input (issue 11): no hang, a typed error or a bounded answer', () => {
  it('refuses a grid past 20 × 20 at once instead of drawing millions of cells', async () => {
    const { rfmHeatmap } = await import('../../src/charts/index.js');
    const started = performance.now();
    expect(() => rfmHeatmap([{ r: 2000, f: 2000, count: 3, revenueShare: 0.5, segment: 'champions' }])).toThrowError(/invalid_argument at cells\[0\]\.r/);
    expect(() => rfmHeatmap([], { scale: 1e6 })).toThrowError(/invalid_argument at options.scale/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('fits a 20,000-character label in one pass', async () => {
    const { segmentBars } = await import('../../src/charts/index.js');
    const started = performance.now();
    const svg = segmentBars([{ id: 'x', count: 1, label: 'label '.repeat(20_000) }]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(svg).toContain('…');
  });

  it('refuses sizes past 20,000 units and non-finite ones', async () => {
    const { segmentBars } = await import('../../src/charts/index.js');
    for (const width of [1e9, Number.NaN, Infinity, -5]) expect(() => segmentBars([], { width })).toThrowError(/invalid_argument at options.width/);
  });
});
