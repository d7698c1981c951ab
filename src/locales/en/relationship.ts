import type { TextTable } from '../../i18n/index.js';

/** Reasons of Kotler's table and the B2B fit test, and the words they use, in en. */
export const relationshipEn: TextTable = {
  'kotler_customers_band': '{customers} {customers:plural:customer counts|customers count} as {band:text:kotler.customers.*} customers (few below {few}, many from {many})',
  'kotler_margin_band': 'A unit margin of {margin:percent:low,high} is {band:text:kotler.margin.*} (low below {low:percent:margin}, high from {high:percent:margin})',
  'kotler_table_cell': "Kotler's table: {customers:text:kotler.customers.*} customers with a {margin:text:kotler.margin.*} margin call for the {level:text:taxonomy.kotler_level.*.label} level",
  'kotler_open_cell': 'The table leaves this cell open: {level:text:taxonomy.kotler_level.*.label} or {alternative:text:taxonomy.kotler_level.*.label}; choose {alternative:text:taxonomy.kotler_level.*.label} where complaints or questions must reach you',
  'kotler.customers.many': 'many',
  'kotler.customers.medium': 'a medium number of',
  'kotler.customers.few': 'few',
  'kotler.margin.high': 'high',
  'kotler.margin.medium': 'medium',
  'kotler.margin.low': 'low',
  'b2b_condition_met': 'Holds: {condition:text:b2b.condition.*}',
  'b2b_condition_unmet': 'Does not hold: {condition:text:b2b.condition.*}',
  'b2b_fit_partnership': 'All four conditions hold: a relationship above preferred supplier fits ({type:text:taxonomy.b2b_relationship.*.label})',
  'b2b_fit_strategic_alliance': 'All four conditions hold and goals and vision are aligned: {type:text:taxonomy.b2b_relationship.*.label} fits',
  'b2b_preferred_supplier_enough': 'Not all four conditions hold: as for most firms, {type:text:taxonomy.b2b_relationship.*.label} is enough',
  'b2b_transactional': 'Neither side matters to or needs the other, and switching is cheap: losing each other barely matters, so {type:text:taxonomy.b2b_relationship.*.label} is enough',
  'b2b_luxury': 'The relationship costs {cost:amount:expected} and is expected to return {expected:amount:cost}: it is a "luxury"',
  'b2b.condition.mutualImportance': 'both sides matter to each other',
  'b2b.condition.balancedBargainingPower': "neither side's bargaining power can fully control the other",
  'b2b.condition.mutualNeed': 'they need each other',
  'b2b.condition.highSwitchingCost': 'switching costs are high',
};
