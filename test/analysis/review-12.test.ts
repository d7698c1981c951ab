/** A hostile review of the analyses: a net loss of a fraction of a cent reads as a loss. */
import { expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { differentiate, profitView } from '../../src/analysis/index.js';
import { zhHans } from '../../src/locales/entries/zh-Hans.js';

it('a net loss of a tenth of a cent is written with the decimals that show it, beside amounts told apart', () => {
  const account = { customerId: 'x', transactions: [{ at: '1998-01-01', amount: 3_333 }], serviceContacts: { agent: 2 } };
  const view = profitView(account, { unitCosts: { agent: 500, ivr: 36 }, marginRate: 0.3 });
  const money = { currency: 'USD', minorUnitExponent: 2 };
  // Before: "total profit $10.00 does not cover the cost to serve $10.00 (net profit $0.00)".
  expect(message(view.reasons.at(-1)!, { money })).toBe('Net loss: total profit $9.999 does not cover the cost to serve $10.000 (net profit -$0.001)');
  expect(message(view.reasons.at(-1)!, { locale: 'zh-Hans', texts: zhHans, money })).toMatch(/US\$9\.999.*US\$10\.000.*-US\$0\.001/);
  const found = differentiate([account], { asOf: '1998-12-31', unitCosts: { agent: 500, ivr: 36 }, marginRate: 0.3 });
  const causes = found.customers[0]!.findings.find((f) => f.code === 'causes_cost')!;
  // Before: "a net profit of $0.00".
  expect(message(causes, { money })).toBe('Causes cost: a net profit of -$0.001 after a cost to serve of $10.00');
});
