import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

/** A host's template rendered with hostile parameters and money formats. */
const say = (template: string, params: Record<string, unknown>, money?: object): string =>
  message({ code: 'host.x', params: params as never }, { texts: { en: { 'host.x': template, 'host.y': '{n:text:host.y}{n:text:host.y}' } }, ...(money === undefined ? {} : { money }) } as never);

describe('rendering hostile parameters', () => {
  it('never writes [object Object], undefined or NaN: what no template can write is ?', () => {
    expect(say('Hi {name}', { name: { a: 1 } })).toBe('Hi ?');
    expect(say('Hi {name}', { name: [undefined, null] })).toBe('Hi ?, not given');
    expect(say('Hi {n}', { n: Number.NaN })).toBe('Hi ?');
    expect(say('{n:percent} {n:amount} {n:position}', { n: Number.NaN })).toBe('? ? ?');
    expect(say('{n:text:host.y}', { n: { a: 1 } })).toBe('?');
    expect(say('Hi {n}', { n: Infinity })).toBe('Hi ∞');
  });

  it('formats the same amount the same way whatever was formatted before (one cache entry per format)', () => {
    const plain = (): string => say('{n:amount}', { n: 12.5 }, { minorUnitExponent: 0 });
    const first = plain();
    say('{n:amount}', { n: 12.5 }, { currency: 'points' });
    expect([first, plain()]).toEqual(['12.5 amount units', '12.5 amount units']);
    expect(say('{n:amount}', { n: 12.5 }, { currency: 'points' })).toBe('13 points');
  });

  it('refuses a money format it cannot honour, at its path', () => {
    for (const minorUnitExponent of [9, -1, 1.5, Number.NaN]) {
      const error = thrown(() => say('{n:amount}', { n: 1 }, { currency: 'USD', minorUnitExponent }));
      expect([error.code, error.path]).toEqual(['invalid_argument', ['options', 'money', 'minorUnitExponent']]);
    }
    expect(thrown(() => say('{n:amount}', { n: 1 }, { currency: '' })).path).toEqual(['options', 'money', 'currency']);
    expect(thrown(() => say('{n:amount}', { n: 1 }, 'USD' as never)).path).toEqual(['options', 'money']);
  });

  it('keeps a template that names itself many times small (nested texts per render are bounded)', () => {
    const template = Array.from({ length: 20 }, () => '{n:text:host.z}').join(' ');
    const out = message({ code: 'host.z', params: { n: 'x' } }, { texts: { en: { 'host.z': template } } });
    expect(out.length).toBeLessThan(20_000);
  });
});
