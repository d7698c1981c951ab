import type { AnyDimension } from '../taxonomy/types.js';
import { deepFreeze } from '../shape/freeze.js';
import { brandMachine } from './brand.js';
import type { AnyMachine, Edge, EventInput, MachineEvent } from './define.js';
import { LIFECYCLE_GUARDS } from './guards.js';

/** A built-in machine's definition: ids only (its texts are in the message tables). @internal */
export interface BuiltinDefinition {
  readonly id: string;
  readonly dimension: AnyDimension;
  readonly initial?: string;
  readonly events: Readonly<Record<string, EventInput>>;
}

/**
 * Assembles a built-in machine from its definition without the checks of `defineMachine` (a test
 * proves every built-in machine equals what `defineMachine` builds from the same definition), so
 * importing a built-in machine does not pull the definition checks into a bundle.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function assembleMachine(definition: BuiltinDefinition): AnyMachine {
  const events: Record<string, MachineEvent> = {};
  const edges: Edge[] = [];
  for (const [event, { edges: group }] of Object.entries(definition.events)) {
    events[event] = {
      edges: group.map((e) => {
        for (const from of e.from) edges.push({ event, from, to: e.to, guards: e.guards ?? [], source: e.source } as Edge);
        return { from: e.from, to: e.to, guards: e.guards ?? [], source: e.source, key: e.from[0] as string };
      }),
    };
  }
  return deepFreeze(brandMachine({
    id: definition.id,
    dimension: definition.dimension.id,
    states: definition.dimension.values.map((v) => v.id),
    initial: definition.initial,
    events,
    edges,
    guards: LIFECYCLE_GUARDS,
    forbidden: [],
    texts: [],
  })) as unknown as AnyMachine;
}
