import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { zhHans } from '../../src/locales/entries/zh-Hans.js';

// A share beside the one it is compared with shows the decimals that tell them apart: a customer
// judged lost at 49.96% was "alive at 50%, against a threshold of 50%".

const churn = (pAlive: number, threshold: number, locale = 'en') => message({ code: 'model_churn', params: { pAlive, threshold } }, { locale, texts: zhHans });

describe('{p:percent:q}', () => {
  it('adds decimals until the two differ (up to the 20 Intl writes: a share never reads as the threshold it fails)', () => {
    expect(churn(0.4996, 0.5)).toBe('a purchase model puts its probability of being alive at 49.96%, against a threshold of 50%');
    expect(churn(0.49996, 0.5)).toContain('49.996%, against a threshold of 50%');
    expect(churn(0.14999, 0.15)).toContain('14.999%, against a threshold of 15%');
    expect(churn(0.5, 0.5000000001)).toContain('at 50%, against a threshold of 50.00000001%');
    expect(churn(0.49999999999999994, 0.5)).toContain('at 49.99999999999999%, against a threshold of 50%');
    expect(churn(0.4996, 0.5, 'zh-Hans')).toBe('购买模型估计其存活概率为 49.96%，阈值为 50%');
  });

  it('keeps one decimal when one is enough, and for equal shares', () => {
    expect(churn(0.3, 0.5)).toContain('at 30%, against a threshold of 50%');
    expect(churn(0.8051, 0.5)).toContain('at 80.5%');
    expect(churn(0.5, 0.5)).toContain('at 50%, against a threshold of 50%');
  });
});
