import type { Reason } from '../i18n/legacy.js';
import type { DateInput } from '../records/index.js';
import type { CustomerId } from '../records/index.js';
import type { DimensionId, DimensionValue } from '../taxonomy/index.js';
import type { ReasonCode } from './reasons.js';

/**
 * The dimensions a classifier derives from facts (DOMAIN §1, §2): the rest are host-given.
 *
 * @example
 * ```ts
 * import { DERIVED_DIMENSIONS } from 'crm-taxonomy';
 *
 * DERIVED_DIMENSIONS.includes('loyalty'); //=> true
 * DERIVED_DIMENSIONS.length; //=> 8
 * ```
 */
export const DERIVED_DIMENSIONS = [
  'value_tier',
  'abc_class',
  'loyalty',
  'status',
  'time_state',
  'purchase_intent',
  'effectiveness',
  'patronage_level',
] as const satisfies readonly DimensionId[];

/**
 * A dimension a classifier derives from facts.
 *
 * @example
 * ```ts
 * import type { DerivedDimensionId } from 'crm-taxonomy';
 *
 * const id: DerivedDimensionId = 'status';
 * id; //=> 'status'
 * ```
 */
export type DerivedDimensionId = (typeof DERIVED_DIMENSIONS)[number];

/**
 * A dimension no behaviour reveals (`relationship_to_firm`, `position`, `demeanor`, …): the host
 * gives its value and the profile carries it through, validated.
 *
 * @example
 * ```ts
 * import type { GivenDimensionId } from 'crm-taxonomy';
 *
 * const id: GivenDimensionId = 'relationship_to_firm';
 * id; //=> 'relationship_to_firm'
 * ```
 */
export type GivenDimensionId = Exclude<DimensionId, DerivedDimensionId>;

/**
 * One purchase (or refund, when `amount < 0`) as a fact. `amount` is in the host's unit; a zero
 * amount is a purchase (a free order is still a visit). Optional: `profit` (margin, same unit),
 * `category` (product or category, for related purchases), `directed` (the customer sought the
 * firm out for it: no promotion, no comparison shopping; seed 000's 指向性购买).
 *
 * @example
 * ```ts
 * import type { PurchaseFact } from 'crm-taxonomy';
 *
 * const p: PurchaseFact = { at: '2024-03-01', amount: 12900, category: 'tea', directed: true };
 * p.category; //=> 'tea'
 * ```
 */
export interface PurchaseFact {
  readonly at: DateInput;
  readonly amount: number;
  readonly profit?: number;
  readonly category?: string;
  readonly directed?: boolean;
}

/**
 * Kinds of contact in a contact log: firm-side contacts (`call`, `visit`, `message`, `quote_sent`)
 * and customer-side signals (`quote_answered`, `interest`, `refusal`, `complaint`).
 *
 * @example
 * ```ts
 * import { CONTACT_KINDS } from 'crm-taxonomy';
 *
 * CONTACT_KINDS.includes('quote_sent'); //=> true
 * ```
 */
export const CONTACT_KINDS = ['call', 'visit', 'message', 'quote_sent', 'quote_answered', 'interest', 'refusal', 'complaint'] as const;

/**
 * One of {@link CONTACT_KINDS}.
 *
 * @example
 * ```ts
 * import type { ContactKind } from 'crm-taxonomy';
 *
 * const kind: ContactKind = 'refusal';
 * kind; //=> 'refusal'
 * ```
 */
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * One entry of the contact log. `expectedPurchaseAt` records when the customer said it expects to
 * buy (seed 002: 記錄客戶預計購買的時間).
 *
 * @example
 * ```ts
 * import type { ContactFact } from 'crm-taxonomy';
 *
 * const c: ContactFact = { at: '2024-05-02', kind: 'call', expectedPurchaseAt: '2024-09-01' };
 * c.kind; //=> 'call'
 * ```
 */
export interface ContactFact {
  readonly at: DateInput;
  readonly kind: ContactKind;
  readonly expectedPurchaseAt?: DateInput;
}

/**
 * A customer this customer referred, and when.
 *
 * @example
 * ```ts
 * import type { ReferralFact } from 'crm-taxonomy';
 *
 * const r: ReferralFact = { at: '2024-02-10', referredId: 'c-77' };
 * r.referredId; //=> 'c-77'
 * ```
 */
export interface ReferralFact {
  readonly at: DateInput;
  readonly referredId?: CustomerId;
}

/**
 * The values of host-given dimensions a host passes in: ids of the built-in taxonomy, checked.
 *
 * @example
 * ```ts
 * import type { GivenValues } from 'crm-taxonomy';
 *
 * const given: GivenValues = { relationship_to_firm: 'intermediary', position: 'external' };
 * given.position; //=> 'external'
 * ```
 */
export type GivenValues = { readonly [K in GivenDimensionId]?: DimensionValue<K> };

/**
 * What a host knows about one customer. **A missing field means "not known"**, an empty array
 * means "known: none": `transactions: []` is a customer who never bought, an absent `transactions`
 * makes every dimension that needs them `unknown`. Facts dated after `asOf` are left out.
 *
 * @example
 * ```ts
 * import type { CustomerFacts } from 'crm-taxonomy';
 *
 * const facts: CustomerFacts = {
 *   customerId: 'c1',
 *   transactions: [{ at: '2024-01-05', amount: 5000, category: 'tea' }],
 *   contacts: [],
 *   referrals: [],
 *   given: { relationship_to_firm: 'consumer' },
 * };
 * facts.transactions?.length; //=> 1
 * ```
 */
export interface CustomerFacts {
  readonly customerId?: CustomerId;
  /** Purchases and refunds. */
  readonly transactions?: readonly PurchaseFact[];
  /** Calls, visits, quotes sent and answered, interest, refusals, complaints. */
  readonly contacts?: readonly ContactFact[];
  /** Customers it referred. */
  readonly referrals?: readonly ReferralFact[];
  /** Total cost to serve it over its history, in the host's unit (calls, visits, discounts…). */
  readonly costToServe?: number;
  /** `false`: it cannot buy the firm's products at all (`status: non_customer`). */
  readonly canBuy?: boolean;
  /** `true`: the firm works to convert it (`status: target`), even without a contact yet. */
  readonly targeted?: boolean;
  /** Values of the host-given dimensions. */
  readonly given?: GivenValues;
}

/**
 * A dimension's answer when the facts decide it: the value, where it comes from (`derived` from
 * facts, or `given` by the host) and the reasons.
 *
 * @example
 * ```ts
 * import type { KnownValue } from 'crm-taxonomy';
 *
 * const v: KnownValue<'status'> = { known: true, value: 'current', source: 'derived', reasons: [] };
 * v.value; //=> 'current'
 * ```
 */
export interface KnownValue<K extends DimensionId = DimensionId> {
  readonly known: true;
  readonly value: DimensionValue<K>;
  readonly source: 'derived' | 'given';
  readonly reasons: readonly Reason<ReasonCode>[];
}

/**
 * A dimension's answer when the facts do not decide it: `value: null` and reasons that name the
 * missing facts. A shape rather than an `'unknown'` id, because `unknown` is a real value of the
 * `acquaintance` dimension (未知客户) and a sentinel would collide with it.
 *
 * @example
 * ```ts
 * import type { UnknownValue } from 'crm-taxonomy';
 *
 * const v: UnknownValue = { known: false, value: null, source: 'derived', reasons: [] };
 * v.known; //=> false
 * ```
 */
export interface UnknownValue {
  readonly known: false;
  readonly value: null;
  readonly source: 'derived' | 'given';
  readonly reasons: readonly Reason<ReasonCode>[];
}

/**
 * A dimension's answer: {@link KnownValue} or {@link UnknownValue}; narrow on `known`.
 *
 * @example
 * ```ts
 * import type { DimensionResult } from 'crm-taxonomy';
 *
 * const r: DimensionResult<'loyalty'> = { known: true, value: 'new', source: 'derived', reasons: [] };
 * r.known && r.value; //=> 'new'
 * ```
 */
export type DimensionResult<K extends DimensionId = DimensionId> = KnownValue<K> | UnknownValue;

/**
 * A customer's whole profile: one {@link DimensionResult} for every built-in dimension. Plain JSON;
 * equal reasons are shared, frozen objects (treat a profile as read-only).
 *
 * @example
 * ```ts
 * import { classify } from 'crm-taxonomy';
 *
 * const profile = classify({ customerId: 'p1', transactions: [] }, {}, '2024-06-30');
 * profile.dimensions.loyalty; //=> { known: true, value: 'potential' }
 * profile.asOf; //=> '2024-06-30'
 * ```
 */
export interface CustomerProfile {
  readonly customerId: CustomerId | null;
  /** The calendar day classified as of (ISO date). */
  readonly asOf: string;
  readonly dimensions: { readonly [K in DimensionId]: DimensionResult<K> };
}
