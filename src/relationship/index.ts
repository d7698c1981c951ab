export {
  DEFAULT_KOTLER_CUT_POINTS,
  KOTLER_TABLE,
  recommendKotlerLevel,
  type CustomerCountBand,
  type KotlerCutPoints,
  type KotlerInput,
  type KotlerReasonCode,
  type KotlerRecommendation,
  type KotlerTableCell,
  type MarginBand,
} from './kotler.js';
export {
  B2B_FIT_CONDITIONS,
  assessB2bRelationship,
  type B2bAssessment,
  type B2bCondition,
  type B2bFacts,
  type B2bReasonCode,
} from './b2b.js';
