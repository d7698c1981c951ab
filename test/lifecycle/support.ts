import type { BuiltinGuardId, LifecycleFacts } from '../../src/index.js';
import { PASS } from '../../scripts/spec/lifecycle.js';

export { passing } from '../../scripts/spec/lifecycle.js';

/** Facts that make each built-in guard pass (with the default policy): the spec's conformance vectors are built on the same. */
export const PASSING: Readonly<Record<BuiltinGuardId, LifecycleFacts>> = PASS;

