export { logGamma, logSumExp, logHyp2f1 } from './math/special.js';
export { nelderMead, type NelderMeadOptions, type NelderMeadResult } from './math/nelder-mead.js';
export { DAYS_PER_UNIT, convertDuration, type Duration, type DurationUnit, type TimeUnit } from './time.js';
export {
  holdoutLength,
  summarizeTransactions,
  type CustomerHistory,
  type CustomerSummary,
  type CustomerSummaryRow,
  type SummaryOptions,
} from './summary.js';
export type { FitDataSummary, FitDiagnostics, FitOptions } from './model.js';
export { bgNbdLogLikelihood, fitBgNbd, type BgNbdModel, type BgNbdParams } from './bg-nbd.js';
export { fitParetoNbd, paretoNbdLogLikelihood, type ParetoNbdModel, type ParetoNbdParams } from './pareto-nbd.js';
export {
  expectedAverageSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  type GammaGammaModel,
  type GammaGammaParams,
  type SpendHistory,
} from './gamma-gamma.js';
export {
  churnSignal,
  customerLifetimeValue,
  expectedCumulativeRepeatPurchases,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  holdoutCheck,
  probabilityAlive,
  rankByLifetimeValue,
  type ChurnSignal,
  type DiscountRate,
  type LifetimeValueModels,
  type LifetimeValueOptions,
  type PurchaseModel,
  type PurchaseModelParams,
  type RankedCustomer,
} from './lifetime-value.js';
export { actualCumulativeRepeatPurchases, cumulativeRepeatChart, type CumulativeChartInput } from './chart.js';
