/**
 * `npm run demo`: the main job on the data this repository ships. Prints the taxonomy in a locale
 * (`npm run demo -- --locale zh-Hant`; `en` by default).
 */
import { BUILTIN_LOCALES, list, taxonomy, type DimensionId } from 'crm-taxonomy';

const args = process.argv.slice(2);
const at = args.indexOf('--locale');
const locale = at >= 0 ? (args[at + 1] ?? 'en') : 'en';

const width = (text: string): number => [...text].reduce((n, ch) => n + (/[\u1100-\uFFDC]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, n: number): string => text + ' '.repeat(Math.max(0, n - width(text)));

console.log(`crm-taxonomy: ${taxonomy.dimensions.length} dimensions, locale ${locale} (available: ${BUILTIN_LOCALES.join(', ')})\n`);
for (const dimension of taxonomy.dimensions) {
  const id = dimension.id as DimensionId;
  const ordered = dimension.ordered ? ', ordered low → high' : '';
  console.log(`■ ${taxonomy.dimensionLabel(id, locale)} (${id}, ${dimension.kind}${ordered})`);
  for (const value of list(id, locale)) {
    console.log(`  ${pad(value.id, 22)}${pad(value.label, 26)}${value.description}`);
  }
  console.log('');
}
