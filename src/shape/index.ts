export * from './fields.js';
export { checkShape, defaultsOf, readPath, resolveShape } from './resolve.js';
export { dateText, isDateText, isSnakeCase, SNAKE_CASE, isTimeZone, timeZone } from './formats.js';
export { deepFreeze } from "./freeze.js";
