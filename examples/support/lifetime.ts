/**
 * Lifetime value as the demo and the report compute it, so both show the same figures for the
 * same customers: a BG/NBD purchase model and a Gamma-Gamma spend model fitted on every CDNOW
 * purchase up to the last day of the log (1998-06-30, the day before the as-of day 1998-07-01),
 * in weeks, amounts in cents; every customer ranked by the expected value of the next year.
 */
import { fitBgNbd, fitGammaGamma, rankByLifetimeValue, summarizeTransactions } from 'crm-taxonomy/clv';
import { cdnowAccessors, type CdnowRow } from '../data/cdnow.js';

/** The last day of the CDNOW log: the models see every purchase up to it. */
export const LAST_DAY = '1998-06-30';
/** The horizon of a lifetime value: the next year. */
export const HORIZON = { value: 1, unit: 'years' } as const;

export function lifetimeValues(rows: readonly CdnowRow[]) {
  const summary = summarizeTransactions(rows, { accessors: cdnowAccessors, calibrationEnd: LAST_DAY, timeUnit: 'weeks' });
  // The Gamma-Gamma fit reads repeat purchases worth something (its likelihood takes the log; one
  // CDNOW customer's repeat purchases were all $0): that customer is left out of the fit, not of the ranking.
  const spenders = summary.customers.filter((c) => c.x > 0 && c.meanRepeatSpend > 0);
  const models = { purchases: fitBgNbd(summary), spend: fitGammaGamma(spenders) };
  const ranked = rankByLifetimeValue(models, summary, { horizon: HORIZON });
  return { summary, models, ranked };
}
