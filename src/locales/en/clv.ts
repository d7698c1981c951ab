import type { TextTable } from '../../i18n/index.js';

/** The clv module's messages and texts, in en: the warnings a model fit records. */
export const clvEn: TextTable = {
  parameters_at_bound: 'The fit ended with {parameters} at the edge of the search box: the data carry no information on {parameters:plural:it|them} (for example no heterogeneity, or no repeat purchases)',
  no_repeat_purchases: 'None of the {customers} customers bought again: the purchase and dropout parameters cannot be told apart, and forecasts are no more than the absence of repeat purchases',
  few_repeat_purchases: 'Only {repeatCustomers} of {customers} customers bought again: the parameters are estimated from few repeat buyers and are uncertain',
  fit_not_converged: 'The optimiser stopped after {iterations} iterations without meeting its tolerances: the parameters may not be the maximum likelihood',
  standard_errors_unavailable: 'The information matrix at the estimates is not positive definite: no standard errors (the likelihood is flat in some direction)',
};
