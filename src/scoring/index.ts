export { fitRfm, fitRfmFromAggregates, defineRfmModel, scoreRfm } from './rfm.js';
export { fitRfmColumns, type RfmColumnsInput, type RfmColumnsResult } from './columns.js';
export { aggregateTransactions, foldTransaction, mergeAggregates, type AggregateOptions } from './aggregate.js';
export { EIGHT_CLASS_SEGMENTS, RFM_SEGMENTS, eightClass, rfmSegment, type EightClassDefinition, type EightClassId, type RfmSegmentId, type RfmSegmentOptions, type SegmentDefinition, type SegmentMap } from './segments.js';
export { ABC_TO_VALUE_TIER, fitAbc, fitAbcFromValues, type AbcCustomer, type AbcResult } from './abc.js';
export type {
  CustomerAggregate,
  RfmCustomerScore,
  RfmMetrics,
  RfmModel,
  RfmOptions,
  RfmPolicy,
  RfmResult,
  RfmScores,
  ScoringAccessors,
  ScoringTransaction,
} from './types.js';
