import { lookup, readTextOptions, textContext, type Locale, type LocaleTables, type RenderContext, type TextOptions } from '../i18n/index.js';
import { ERROR_TEXTS } from '../locales/errors.js';
import { LIFECYCLE_TEXTS } from '../locales/lifecycle.js';
import { TAXONOMY_TEXTS } from '../locales/taxonomy.js';
import { WORDS } from '../locales/words.js';
import type { AnyMachine } from './define.js';

/** The tables a machine's texts come from: the host's (the machine's own), then the built-in ones. @internal */
export function machineTables(machine: AnyMachine, extra: readonly LocaleTables[] = []): readonly LocaleTables[] {
  return [...extra, ...machine.texts, LIFECYCLE_TEXTS, TAXONOMY_TEXTS, ERROR_TEXTS, WORDS];
}

/** A render context for a machine's texts in a requested locale, with the call's `texts` first. @internal */
export function machineContext(machine: AnyMachine, options: Locale | TextOptions | undefined): RenderContext {
  return textContext(readTextOptions(options), machineTables(machine));
}

/** The label of a state, an event, or the why of an edge group, in a context; the id when none is written. @internal */
export const stateLabel = (ctx: RenderContext, machine: AnyMachine, state: string): string => lookup(ctx, `taxonomy.${machine.dimension}.${state}.label`) ?? state;
/** @internal */
export const eventLabel = (ctx: RenderContext, machine: AnyMachine, event: string): string => lookup(ctx, `machine.${machine.id}.${event}.label`) ?? event;
