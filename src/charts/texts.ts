import { inputError } from '../errors/index.js';
import { render, renderContext, renderKey, type LocaleTables, type RenderContext } from '../i18n/index.js';
import { CHARTS_TEXTS } from '../locales/charts.js';
import { SCORING_TEXTS } from '../locales/scoring.js';
import { TAXONOMY_TEXTS } from '../locales/taxonomy.js';
import { WORDS } from '../locales/words.js';
import { readTexts } from './palette.js';
import type { ChartOptions } from './svg.js';

/** The render context of a chart: its locale (any tag negotiates) over a host's tables, the charts' tables, the segment labels (`segment.<id>.label`) and the taxonomy's. @internal */
export function chartContext(locale: unknown, extra: readonly LocaleTables[] = []): RenderContext {
  return renderContext(locale ?? 'en', [...extra, CHARTS_TEXTS, SCORING_TEXTS, TAXONOMY_TEXTS, WORDS]);
}

/** A built-in chart text (`chart.<key>`) in a context, placeholders filled. @internal */
export function chartText(ctx: RenderContext, key: string, params: Readonly<Record<string, string | number>> = {}): string {
  return renderKey(ctx, `chart.${key}`, params);
}

/** A number of a chart (an axis tick, a count) as the renderer writes it for the locale (`Intl.NumberFormat`): `{n}` plain, `{n:percent}` a share with `kind` `':percent'`. @internal */
export const chartNumber = (ctx: RenderContext, n: number, kind = ''): string => render(ctx, `{n${kind}}`, { n });

/** The render context of a chart's options, checked at the boundary: its locale, a host's `texts`, and a string `title` and `description` when given. @internal */
export function optionsContext(options: ChartOptions): RenderContext {
  for (const key of ['title', 'description'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'string') throw inputError('invalid_argument', ['options', key], 'string', options[key]);
  }
  return chartContext(options.locale, readTexts(options.texts));
}
