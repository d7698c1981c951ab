/**
 * `crm-taxonomy/charts`: SVG charts of the scores as pure functions that return strings. No
 * dependency, no DOM: the RFM heat map, segment bars, the Pareto curve, a state diagram and the
 * tracking chart of a purchase model, with helpers that turn scoring, lifecycle and transaction
 * data into their input. Labels come from the message tables in the chart's locale.
 *
 * @packageDocumentation
 */
export { escapeXml, type ChartOptions } from './svg.js';
export { CATEGORICAL_PALETTE, SEGMENT_COLORS } from './palette.js';
export { rfmHeatmap, type RfmGridCell, type RfmHeatmapOptions } from './heatmap.js';
export { segmentBars, type SegmentBarsOptions, type SegmentSize } from './bars.js';
export { paretoCurve, type ParetoCurveOptions, type ParetoCut, type ParetoPoint } from './pareto.js';
export { stateDiagram, type StateDiagramInput, type StateDiagramOptions } from './diagram.js';
export {
  paretoFromAbc,
  rfmGridFromScores,
  segmentSizesFromScores,
  type FromScoresOptions,
  type ParetoFromAbcOptions,
} from './from-scoring.js';
export { stateDiagramFromMachine } from './from-lifecycle.js';
export { cumulativeRepeatChart, type TrackingChartOptions, type TrackingInput } from './tracking.js';
export { actualRepeatPurchases, type ActualRepeatOptions } from './from-clv.js';
