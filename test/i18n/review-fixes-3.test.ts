/** The third review of the renderer: a text budget, and numbers that do not depend on the machine's locale. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';

describe('the renderer', () => {
  it('a host table that multiplies itself ends short, not in a RangeError', () => {
    const self = '{ids:text:self} '.repeat(650);
    const ids = Array.from({ length: 650 }, (_, i) => `id${i}`);
    const started = performance.now();
    const text = message({ code: 'self', params: { ids } }, { texts: { en: { self } } });
    expect(text.length).toBeLessThan(200_000);
    expect(text.endsWith('… ')).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  it('a long list in an ordinary message is written whole', () => {
    const allowed = Array.from({ length: 2000 }, (_, i) => `v${i}`);
    expect(message({ code: 'n', params: { allowed } }, { texts: { en: { n: 'one of {allowed}' } } })).toContain('v1999');
  });
  it('a locale Intl has no data for formats as English, whatever the machine', () => {
    // Run where the machine's own locale is German: Intl would take it for `tlh`.
    const script = `import { message } from './src/index.ts';
      process.stdout.write(message({ code: 'n', params: { n: 118000.5 } }, { locale: 'tlh', texts: { tlh: { n: '{n} {n:plural:thing|things}' } } }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, LC_ALL: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8' },
      encoding: 'utf8',
    });
    expect(out).toBe('118,000.5 things');
  });
});
