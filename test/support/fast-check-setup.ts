/**
 * Property tests are deterministic: every run (CI or a newcomer's first `npm test`) uses one fixed
 * seed, so a red build always reproduces. `FC_SEED=<n>` replays a reported failure;
 * `npm run test:fuzz` (FC_FUZZ=1) explores random seeds with more runs and prints the seed.
 */
import fc from 'fast-check';

const FIXED_SEED = 20_261_123;
const fuzz = process.env.FC_FUZZ === '1';
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : fuzz ? Math.floor(Math.random() * 2 ** 31) : FIXED_SEED;
if (fuzz) console.log(`fast-check: seed ${seed} (replay with FC_SEED=${seed})`);
fc.configureGlobal({ seed, ...(fuzz ? { numRuns: Number(process.env.FC_RUNS ?? 1000) } : {}) });
