import { CrmTaxonomyError } from '../../src/index.js';

/** Runs `fn` and returns the CrmTaxonomyError it throws; fails the test if it throws nothing else. */
export function thrown(fn: () => unknown): CrmTaxonomyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CrmTaxonomyError) return error;
    throw error;
  }
  throw new Error('expected a CrmTaxonomyError');
}
