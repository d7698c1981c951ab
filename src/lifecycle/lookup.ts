import type { AnyMachine, Edge, ForbiddenEdge } from './define.js';

/** A built machine's states, edges and forbidden edges by the keys a decision looks them up by. */
interface MachineLookup {
  readonly states: ReadonlySet<string>;
  /** Edges by from state, in the machine's order. */
  readonly outgoing: ReadonlyMap<string, readonly Edge[]>;
  /** The edge by from state and event (a machine has one per pair). */
  readonly edge: ReadonlyMap<string, Edge>;
  /** The first forbidden edge by from state and event, and by from state and target. */
  readonly forbiddenByEvent: ReadonlyMap<string, ForbiddenEdge>;
  readonly forbiddenByTarget: ReadonlyMap<string, ForbiddenEdge>;
}

const key = (a: string, b: string): string => `${a}\u0000${b}`;

/**
 * The lookups of each machine, built once: a machine is deeply frozen when built, so they never
 * go stale, and a decision or a history record costs the same whatever the machine's size. A
 * cache no caller can see (it answers as the scan it replaces).
 */
const lookups = new WeakMap<AnyMachine, MachineLookup>();

function lookupOf(machine: AnyMachine): MachineLookup {
  let found = lookups.get(machine);
  if (found !== undefined) return found;
  const outgoing = new Map<string, Edge[]>();
  const edge = new Map<string, Edge>();
  for (const e of machine.edges as readonly Edge[]) {
    const list = outgoing.get(e.from);
    if (list === undefined) outgoing.set(e.from, [e]);
    else list.push(e);
    if (!edge.has(key(e.from, e.event))) edge.set(key(e.from, e.event), e);
  }
  const forbiddenByEvent = new Map<string, ForbiddenEdge>();
  const forbiddenByTarget = new Map<string, ForbiddenEdge>();
  for (const f of machine.forbidden) {
    if (!forbiddenByEvent.has(key(f.from, f.event))) forbiddenByEvent.set(key(f.from, f.event), f);
    if (!forbiddenByTarget.has(key(f.from, f.to))) forbiddenByTarget.set(key(f.from, f.to), f);
  }
  found = { states: new Set(machine.states as readonly string[]), outgoing, edge, forbiddenByEvent, forbiddenByTarget };
  lookups.set(machine, found);
  return found;
}

/** Whether the value is one of the machine's states. @internal */
export function isState(machine: AnyMachine, value: unknown): value is string {
  return typeof value === 'string' && lookupOf(machine).states.has(value);
}

/** The edges that leave a state, in the machine's order. @internal */
export function outgoing(machine: AnyMachine, from: string): readonly Edge[] {
  return lookupOf(machine).outgoing.get(from) ?? [];
}

/** The edge of an event from a state, if the machine has one. @internal */
export function edgeOf(machine: AnyMachine, from: string, event: string): Edge | undefined {
  return lookupOf(machine).edge.get(key(from, event));
}

/** The first edge the host forbade from a state by an event, or to a target. @internal */
export function forbiddenMove(machine: AnyMachine, from: string, move: { readonly event: string } | { readonly to: string }): ForbiddenEdge | undefined {
  const l = lookupOf(machine);
  return 'event' in move ? l.forbiddenByEvent.get(key(from, move.event)) : l.forbiddenByTarget.get(key(from, move.to));
}
