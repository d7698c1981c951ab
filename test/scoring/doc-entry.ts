// What the scoring doctests import as 'crm-taxonomy' until src/index.ts re-exports src/scoring.
export * from '../../src/scoring/index.js';
export * from '../../src/records/index.js';
export * from '../../src/errors.js';
