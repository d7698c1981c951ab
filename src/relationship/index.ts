export { KOTLER_TABLE, recommendKotlerLevel, type KotlerCutPoints, type KotlerRecommendation } from './kotler.js';
export { assessB2bRelationship, type B2bAssessment, type B2bFacts } from './b2b.js';
