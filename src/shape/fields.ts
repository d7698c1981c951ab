import { isSnakeCase } from './formats.js';
import type { Expectation } from '../errors/codes.js';

/**
 * The one definition of a persisted shape (a policy, a stored model): fields as plain data, from
 * which the core's validation and defaults (`resolve`, `defaults`), the zod schemas of
 * `crm-taxonomy/schema` and the JSON Schemas of the spec are all derived.
 */

/** A field of a shape; `T` is the type of a valid value. */
export type Field<T = unknown> =
  | IntField<T>
  | NumberField<T>
  | StringField<T>
  | CustomerIdField<T>
  | BooleanField<T>
  | LiteralField<T>
  | EnumField<T>
  | ArrayField<T>
  | TupleField<T>
  | ObjectField<T>
  | VariantField<T>
  | NullableField<T>;

interface Base<T> {
  /** The value used when an input leaves the field out. */
  readonly default?: T;
  /** Phantom: the type of a valid value. */
  readonly __type?: T;
}

export interface IntField<T = number> extends Base<T> {
  readonly kind: 'int';
  readonly min?: number;
  readonly max?: number;
}
export interface NumberField<T = number> extends Base<T> {
  readonly kind: 'number';
  readonly min?: number;
  readonly max?: number;
  readonly exclusiveMin?: boolean;
}
export interface StringField<T = string> extends Base<T> {
  readonly kind: 'string';
  /** `time_zone`: an IANA zone name; `date`: an ISO 8601 date or timestamp; `snake_case`: an id of the taxonomy's form. */
  readonly format?: 'time_zone' | 'date' | 'snake_case';
  /** The check of the format (carried by the field, so a shape without dates does not pull the date parser). */
  readonly test?: (value: string) => boolean;
}
/** A customer id: a non-empty string or a finite number. */
export interface CustomerIdField<T = string | number> extends Base<T> {
  readonly kind: 'customer_id';
}
export interface BooleanField<T = boolean> extends Base<T> {
  readonly kind: 'boolean';
}
export interface LiteralField<T> extends Base<T> {
  readonly kind: 'literal';
  readonly value: T;
}
export interface EnumField<T = string> extends Base<T> {
  readonly kind: 'enum';
  readonly values: readonly string[];
}
export interface ArrayField<T = readonly unknown[]> extends Base<T> {
  readonly kind: 'array';
  readonly items: Field;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Items must not decrease (`'ascending'`). */
  readonly order?: 'ascending';
  /** Items are objects whose value at this key appears once (the ids of a list of rules). */
  readonly uniqueBy?: string;
}
export interface TupleField<T = readonly unknown[]> extends Base<T> {
  readonly kind: 'tuple';
  readonly items: readonly Field[];
  /** Items must not decrease (`'ascending'`). */
  readonly order?: 'ascending';
}
export interface ObjectField<T = object> extends Base<T> {
  readonly kind: 'object';
  readonly fields: Readonly<Record<string, Field>>;
  /** Fields that may be left out (and have no default). */
  readonly optional?: readonly string[];
  /** Cross-field rules: the field at `path` must be at least (or at most) the one at `other`. */
  readonly rules?: readonly CrossFieldRule[];
  /** Keys beyond `fields` are allowed and kept (a host's own settings). */
  readonly open?: boolean;
  /**
   * A rule across fields that `rules` cannot say (a count that must equal a sum, a list ordered
   * one way or the other by another field): the first issue of a valid-field value, or undefined.
   */
  readonly check?: (value: never) => ShapeIssue | undefined;
}

/** An issue a shape's `check` finds: where (relative to the object), what was expected, what was there. */
export interface ShapeIssue {
  readonly path: readonly (string | number)[];
  readonly expected: Expectation;
  readonly value: unknown;
  readonly min?: number;
  readonly max?: number;
  readonly other?: string;
  readonly allowed?: readonly string[];
}
/** One of several object shapes, told apart by the literal value each declares at `key` (a discriminated union). */
export interface VariantField<T = object> extends Base<T> {
  readonly kind: 'variant';
  /** The field every member declares as a `literal`, whose value picks the member. */
  readonly key: string;
  readonly members: readonly ObjectField[];
}
export interface NullableField<T = unknown> extends Base<T> {
  readonly kind: 'nullable';
  readonly inner: Field;
}

/** `path` must be `>=` (`at_least`) or `<=` (`at_most`) the value at `other`; paths are dotted. A side that is `null` (a nullable field) is not compared. */
export interface CrossFieldRule {
  readonly path: string;
  readonly rule: 'at_least' | 'at_most';
  readonly other: string;
}

/** The type of a valid value of a field. */
export type Out<F> = F extends { readonly __type?: infer T } ? T : never;

/* @__NO_SIDE_EFFECTS__ */
export function int<const T extends number = number>(options: { readonly min?: number; readonly max?: number; readonly default?: T } = {}): IntField<number> {
  return { kind: 'int', ...options } as IntField<number>;
}
/** A count: an integer from `min` (0 by default) to 2^53 − 1, the counts a double holds exactly (as zod's `int()` reads them). */
/* @__NO_SIDE_EFFECTS__ */
export function count(min = 0): IntField<number> {
  return int({ min, max: Number.MAX_SAFE_INTEGER });
}
/* @__NO_SIDE_EFFECTS__ */
export function number(options: { readonly min?: number; readonly max?: number; readonly exclusiveMin?: boolean; readonly default?: number } = {}): NumberField<number> {
  return { kind: 'number', ...options };
}
/* @__NO_SIDE_EFFECTS__ */
export function string(options: { readonly format?: 'snake_case'; readonly default?: string } = {}): StringField<string> {
  return { kind: 'string', ...(options.format === 'snake_case' ? { test: isSnakeCase } : {}), ...options };
}
/* @__NO_SIDE_EFFECTS__ */
export function customerId(): CustomerIdField<string | number> {
  return { kind: 'customer_id' };
}
/* @__NO_SIDE_EFFECTS__ */
export function boolean(options: { readonly default?: boolean } = {}): BooleanField<boolean> {
  return { kind: 'boolean', ...options };
}
/* @__NO_SIDE_EFFECTS__ */
export function literal<const V extends string | number | boolean>(value: V): LiteralField<V> {
  return { kind: 'literal', value, default: value };
}
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const V extends string>(values: readonly V[], options: { readonly default?: NoInfer<V> } = {}): EnumField<V> {
  return { kind: 'enum', values, ...options } as EnumField<V>;
}
/* @__NO_SIDE_EFFECTS__ */
export function nullable<F extends Field>(inner: F, options: { readonly default?: Out<F> | null } = {}): NullableField<Out<F> | null> {
  return { kind: 'nullable', inner, ...options } as NullableField<Out<F> | null>;
}
/* @__NO_SIDE_EFFECTS__ */
export function array<F extends Field>(
  items: F,
  options: { readonly minItems?: number; readonly maxItems?: number; readonly order?: 'ascending'; readonly uniqueBy?: string; readonly default?: readonly Out<F>[] } = {},
): ArrayField<readonly Out<F>[]> {
  return { kind: 'array', items, ...options } as ArrayField<readonly Out<F>[]>;
}

/* @__NO_SIDE_EFFECTS__ */
export function tuple<const F extends readonly Field[]>(
  items: F,
  options: { readonly order?: 'ascending'; readonly default?: { readonly [I in keyof F]: Out<F[I]> } } = {},
): TupleField<{ readonly [I in keyof F]: Out<F[I]> }> {
  return { kind: 'tuple', items, ...options } as TupleField<{ readonly [I in keyof F]: Out<F[I]> }>;
}

/* @__NO_SIDE_EFFECTS__ */
export function variant<const K extends string, const M extends readonly ObjectField<unknown>[]>(key: K, members: M): VariantField<Out<M[number]>> {
  return { kind: 'variant', key, members } as unknown as VariantField<Out<M[number]>>;
}

type Optional<S, K extends string> = { readonly [P in Exclude<keyof S, K>]: Out<S[P]> } & { readonly [P in Extract<keyof S, K>]?: Out<S[P]> };
type Flat<T> = { [K in keyof T]: T[K] } & {};

/* @__NO_SIDE_EFFECTS__ */
export function object<const S extends Readonly<Record<string, Field>>, const K extends string = never>(
  fields: S,
  options: {
    readonly optional?: readonly K[];
    readonly rules?: readonly CrossFieldRule[];
    readonly open?: boolean;
    readonly check?: (value: NoInfer<Flat<Optional<S, K>>>) => ShapeIssue | undefined;
  } = {},
): ObjectField<Flat<Optional<S, K>>> {
  return { kind: 'object', fields, ...options } as ObjectField<Flat<Optional<S, K>>>;
}

/** `true` when `A` and `B` are the same type: a compile-time proof that a shape matches its declared type. */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** A type without its index signatures: the fields a shape declares. */
export type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** Compiles only when `T` is `true`: `type _ = Assert<Equals<Declared, Out<typeof SHAPE>>>`. */
export type Assert<T extends true> = T;
