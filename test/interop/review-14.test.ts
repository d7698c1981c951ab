/** Review 14: `current` is checked whenever it is given, also when the mapped stage is null. */
import { describe, expect, it } from 'vitest';
import { toHubSpotLifecycleStage } from '../../src/interop/index.js';
import { thrown } from '../support/thrown.js';

describe('toHubSpotLifecycleStage checks current', () => {
  const rows = [{ when: { status: 'lost' }, value: null, lossy: true, note: 'n' }] as const;
  it('a bad current is refused when the mapped value is null, as when it is not', () => {
    expect(thrown(() => toHubSpotLifecycleStage({ status: 'lost' }, { current: 'bogus', rows })).path).toEqual(['options', 'current']);
    expect(toHubSpotLifecycleStage({ status: 'lost' }, { current: 'customer', rows })).toEqual({ value: null, lossy: true, note: 'n', ignored: false });
  });
});
