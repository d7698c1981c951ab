/** A host's colours are colours: what a viewer of the SVG would fetch (`url(…)`) or read as markup is refused. */
import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { rfmHeatmap } from '../../src/charts/index.js';
import { inLocale } from '../support/locales.js';
import { thrown } from '../support/thrown.js';

const cells = [{ r: 1, f: 1, count: 1, revenueShare: 0, segment: 'gold' }];

describe('chart colours', () => {
  it.each(['#ffd700', '#fd0', '#ffd700cc', 'gold', 'currentColor', 'rgb(255 215 0)', 'rgba(255, 215, 0, 0.5)', 'hsl(51 100% 50%)', 'hsla(51, 100%, 50%, .5)', 'var(--brand-gold)'])('takes %s', (color) => {
    expect(rfmHeatmap(cells, { colors: { gold: color } })).toContain(`fill="${color}"`);
  });
  it.each(['url(https://example.com/x.svg#g)', 'url(#g)', 'red;stroke:blue', '"><script>alert(1)</script>', 'rgb(0,0,0) url(x)', ''])('refuses %j', (color) => {
    const error = thrown(() => rfmHeatmap(cells, { colors: new Map([['gold', color]]) }));
    expect(error).toMatchObject({ code: 'invalid_argument', path: ['options', 'colors', 'gold'], details: { expected: 'color' } });
    for (const locale of ['en', 'zh-Hans', 'zh-Hant']) expect(message(error, inLocale(locale))).not.toMatch(/undefined|\{|\[object/);
  });
});
