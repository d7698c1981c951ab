import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDayCounter } from '../../src/records/dates.js';
import { fastWallDay } from '../../src/records/fast-date.js';

const full = (s: string, tz: string): number => {
  try {
    return createDayCounter(tz).day(s, []);
  } catch {
    return Number.NaN;
  }
};

describe('fastWallDay agrees with createDayCounter().day', () => {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const pieces = fc.record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.integer({ min: 0, max: 61 }),
    frac: fc.constantFrom('', '.5', '.123', ',25', '.1234567891', '.'),
    shape: fc.constantFrom('compact', 'date', 'T-min', 'space-sec', 'T-sec-frac', 'Z', 'offset', 'junk'),
  });
  const build = (p: { y: number; mo: number; d: number; h: number; mi: number; s: number; frac: string; shape: string }): string => {
    const date = `${pad(p.y, 4)}-${pad(p.mo, 2)}-${pad(p.d, 2)}`;
    switch (p.shape) {
      case 'compact': return `${pad(p.y, 4)}${pad(p.mo, 2)}${pad(p.d, 2)}`;
      case 'date': return date;
      case 'T-min': return `${date}T${pad(p.h, 2)}:${pad(p.mi, 2)}`;
      case 'space-sec': return `${date} ${pad(p.h, 2)}:${pad(p.mi, 2)}:${pad(p.s, 2)}`;
      case 'T-sec-frac': return `${date}T${pad(p.h, 2)}:${pad(p.mi, 2)}:${pad(p.s, 2)}${p.frac}`;
      case 'Z': return `${date}T${pad(p.h, 2)}:${pad(p.mi, 2)}:${pad(p.s, 2)}${p.frac}Z`;
      case 'offset': return `${date}T${pad(p.h, 2)}:${pad(p.mi, 2)}+08:00`;
      default: return `${date}x`;
    }
  };
  for (const tz of ['UTC', 'America/New_York']) {
    it(`in ${tz}: equal when handled, NaN otherwise`, () => {
      fc.assert(
        fc.property(pieces, (p) => {
          const s = build(p);
          const fast = fastWallDay(s, tz === 'UTC');
          if (!Number.isNaN(fast)) expect(fast).toBe(full(s, tz));
          if (Number.isNaN(full(s, tz))) expect(fast).toBeNaN();
        }),
        { numRuns: 2000 },
      );
    });
  }
  it('reads the common shapes', () => {
    expect(fastWallDay('19970101', true)).toBe(9862);
    expect(fastWallDay('2011-12-09 12:50:00', true)).toBe(full('2011-12-09 12:50:00', 'UTC'));
    expect(fastWallDay('2024-02-29T23:59:59.999Z', true)).toBe(19782);
    expect(fastWallDay('2023-02-29', true)).toBeNaN();
    expect(fastWallDay('2024-01-01T10:00:00Z', false)).toBeNaN();
  });
});
