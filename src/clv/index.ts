/**
 * Lifetime value (`crm-taxonomy/clv`): the customer summary, the purchase-count models (BG/NBD,
 * Pareto/NBD, BG/BB), the contractual retention model (sBG), the Gamma-Gamma spend model, and what
 * they predict — with intervals from the fits' standard errors. An entry of its own: the root
 * entry's apps (classify, score, validate) do not carry the models' numerical code, and a
 * forecasting job imports it beside them. Its messages (fit warnings) render with the root's `message`.
 * @module
 */
export { summarizeTransactions, type CustomerHistory, type CustomerSummary, type CustomerSummaryRow } from './summary.js';
export type { Duration, TimeUnit } from './time.js';
export type { DiscreteHistory } from './histories.js';
export { fitBgNbd, type BgNbdModel } from './bg-nbd.js';
export { fitParetoNbd, type ParetoNbdModel } from './pareto-nbd.js';
export { fitGammaGamma, type GammaGammaModel } from './gamma-gamma.js';
export { fitBgBb, type BgBbModel } from './bg-bb.js';
export { fitSbg, projectRetention, type SbgModel } from './sbg.js';
export { expectedPurchases, probabilityAlive, probabilityOfPurchases, type PurchaseModel } from './predict.js';
export {
  churnSignal,
  customerLifetimeValue,
  expectedCumulativeRepeatPurchases,
  expectedSpend,
  holdoutCheck,
  rankByLifetimeValue,
  type ChurnSignal,
  type LifetimeValueModels,
  type RankedCustomer,
} from './lifetime-value.js';
export { customerForecast, type Estimate } from './forecast.js';
