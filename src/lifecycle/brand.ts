/**
 * The mark of a machine the library built (`defineMachine`, `extendMachine`, the built-in ones):
 * a non-enumerable symbol, so a hand-made look-alike or a copy spread from a machine (whose edges,
 * guards and states no check has seen) is refused as `unknown_machine` at every entry instead of
 * failing deep inside. `Symbol.for`, so two copies of the package recognise each other's machines.
 * @internal
 */
export const MACHINE_BRAND: unique symbol = Symbol.for('crm-taxonomy.machine') as never;

/** Marks a built machine and freezes it deeply. @internal */
export function brandMachine<T extends object>(machine: T): T {
  Object.defineProperty(machine, MACHINE_BRAND, { value: true, enumerable: false });
  return machine;
}

/**
 * Whether a value is a machine the library built: the brand must be the value's own property (an
 * object made with `Object.create(machine, …)` inherits it, and its own properties no check has seen).
 * @internal
 */
export function isBranded(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, MACHINE_BRAND) && (value as { [MACHINE_BRAND]?: unknown })[MACHINE_BRAND] === true;
}
