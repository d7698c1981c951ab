/** The command-line options the examples share: `--locale <tag>` (any BCP 47 tag; it falls back, never throws). */
import { parseArgs } from 'node:util';

export function localeArgument(): string {
  const { values } = parseArgs({ options: { locale: { type: 'string', default: 'en' } }, strict: false });
  return typeof values.locale === 'string' ? values.locale : 'en';
}
