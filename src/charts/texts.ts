import { render, renderContext, type LocaleTables, type RenderContext } from '../i18n/index.js';
import { CHARTS_TEXTS } from '../locales/charts.js';
import { TAXONOMY_TEXTS } from '../locales/taxonomy.js';
import { WORDS } from '../locales/words.js';

/** The render context of a chart: its locale (any tag negotiates) over the charts' tables and any extra ones. @internal */
export function chartContext(locale: unknown, extra: readonly LocaleTables[] = []): RenderContext {
  return renderContext(locale ?? 'en', [...extra, CHARTS_TEXTS, TAXONOMY_TEXTS, WORDS]);
}

/** A built-in chart text in a context, placeholders filled. @internal */
export function chartText(ctx: RenderContext, key: string, params: Readonly<Record<string, string | number>> = {}): string {
  return render(ctx, ctx.tables.length > 0 ? (lookupTemplate(ctx, key) ?? key) : key, params);
}

function lookupTemplate(ctx: RenderContext, key: string): string | undefined {
  for (const tag of ctx.chain) {
    for (const tables of ctx.tables) {
      const table = Object.prototype.hasOwnProperty.call(tables, tag) ? tables[tag] : undefined;
      if (table !== undefined && Object.prototype.hasOwnProperty.call(table, `chart.${key}`)) return table[`chart.${key}`];
    }
  }
  return undefined;
}
