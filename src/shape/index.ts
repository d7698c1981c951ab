export * from './fields.js';
export { checkShape, defaultsOf, resolveShape } from './resolve.js';
export { isDateText, isTimeZone } from './formats.js';
export { deepFreeze } from "./freeze.js";
