/**
 * Property tests explore new random inputs on every local run; in CI (CI=true) they use one fixed
 * seed so a red build is always reproducible. Set FC_SEED to replay a reported failure.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261123' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
