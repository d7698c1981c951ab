import type { CustomerId, DateInput } from '../records/index.js';
import type { DimensionId, DimensionValue } from '../taxonomy/index.js';
import type { ClassificationReason } from './reasons.js';

/**
 * The dimensions a classifier derives from facts (DOMAIN §1, §2); the others are given by the
 * host (`facts.given`) and carried through. Frozen.
 *
 * @example
 * ```ts
 * import { DERIVED_DIMENSIONS } from 'crm-taxonomy';
 *
 * DERIVED_DIMENSIONS.includes('loyalty'); //=> true
 * DERIVED_DIMENSIONS.length; //=> 8
 * ```
 */
export const DERIVED_DIMENSIONS = /* @__PURE__ */ Object.freeze([
  'value_tier',
  'abc_class',
  'loyalty',
  'status',
  'time_state',
  'purchase_intent',
  'effectiveness',
  'patronage_level',
] as const satisfies readonly DimensionId[]);

/** A dimension a classifier derives from facts. @internal */
export type DerivedDimensionId = (typeof DERIVED_DIMENSIONS)[number];

/** A dimension no behaviour reveals (`relationship_to_firm`, `position`, …): the host gives its value. @internal */
export type GivenDimensionId = Exclude<DimensionId, DerivedDimensionId>;

/**
 * One purchase (or refund, when `amount < 0`) as a fact. `amount` is in the host's unit; a zero
 * amount is a purchase (a free order is still a visit). Optional: `profit` (margin, same unit),
 * `category` (product or category, for related purchases), `directed` (the customer sought the
 * firm out for it: no promotion, no comparison shopping; seed 000's 指向性购买).
 * @internal
 */
export interface PurchaseFact {
  readonly at: DateInput;
  readonly amount: number;
  readonly profit?: number;
  /** The product category; `null` is none given (a database's NULL). */
  readonly category?: string | null;
  /** Whether the purchase was directed (the customer named the brand); `null` is not known. */
  readonly directed?: boolean | null;
}

/**
 * The kinds of entry in a contact log: the firm's contacts (`call`, `visit`, `message`, `email`,
 * `activity`, `quote_sent`) and the customer's signals (`quote_answered`, `interest`, `refusal`,
 * `complaint`). WukongCRM's follow-up types map to the first five (打电话 → `call`, 见面拜访 →
 * `visit`, 发短信 → `message`, 发邮件 → `email`, 活动 → `activity`). Frozen.
 *
 * @example
 * ```ts
 * import { CONTACT_KINDS } from 'crm-taxonomy';
 *
 * CONTACT_KINDS.includes('email'); //=> true
 * CONTACT_KINDS.length; //=> 10
 * ```
 */
export const CONTACT_KINDS = /* @__PURE__ */ Object.freeze([
  'call',
  'visit',
  'message',
  'email',
  'activity',
  'quote_sent',
  'quote_answered',
  'interest',
  'refusal',
  'complaint',
] as const);

/** One of {@link CONTACT_KINDS}. */
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * One entry of the contact log. `expectedPurchaseAt` records when the customer said it expects to
 * buy (seed 002: 記錄客戶預計購買的時間).
 * @internal
 */
export interface ContactFact {
  readonly at: DateInput;
  readonly kind: ContactKind;
  readonly expectedPurchaseAt?: DateInput | null;
}

/**
 * A customer this customer referred, and when. Referrals count distinct `referredId`s (one customer
 * referred twice is one referral); an entry without a `referredId` (or with `null`) counts as one of its own.
 * @internal
 */
export interface ReferralFact {
  readonly at: DateInput;
  readonly referredId?: CustomerId | null;
}

/** The values of host-given dimensions a host passes in: ids of the built-in taxonomy, checked. @internal */
export type GivenValues = { readonly [K in GivenDimensionId]?: DimensionValue<K> };

/**
 * What a host knows about one customer. **A missing field means "not known"**, an empty array
 * means "known: none": `transactions: []` is a customer who never bought, an absent `transactions`
 * makes every dimension that needs them `unknown`. Facts dated after `asOf` are left out: `asOf` is
 * a calendar day in the policy's time zone, so facts later on that day count, whatever time of day
 * `asOf` is given with (a `Date` at 09:00 still reads that day's 18:00 purchase).
 */
export interface CustomerFacts {
  readonly customerId?: CustomerId;
  /** Purchases and refunds. */
  readonly transactions?: readonly PurchaseFact[];
  /** Calls, visits, messages, emails, activities, quotes sent and answered, interest, refusals, complaints. */
  readonly contacts?: readonly ContactFact[];
  /** Customers it referred. */
  readonly referrals?: readonly ReferralFact[];
  /** Total cost to serve it over its history, in the host's unit (calls, visits, discounts…); `null` is not known. */
  readonly costToServe?: number | null;
  /** `false`: it cannot buy the firm's products at all (`status: non_customer`); `null` is not known. */
  readonly canBuy?: boolean | null;
  /** `true`: the firm works to convert it (`status: target`), even without a contact yet; `null` is not known. */
  readonly targeted?: boolean | null;
  /** Values of the host-given dimensions (`relationship_to_firm`, `position`, …). */
  readonly given?: GivenValues;
}

/**
 * A dimension's answer: which `dimension`, whether the facts decide it (`known`), the value (a
 * taxonomy id, or `null` when unknown), where it comes from (`derived` from facts or `given` by
 * the host) and why (`reasons`, as data). Narrow on `known`. There is no `'unknown'` id, because
 * `unknown` is a real value of the `acquaintance` dimension (未知客户).
 */
export type DimensionResult<K extends DimensionId = DimensionId> =
  | {
      readonly dimension: K;
      readonly known: true;
      readonly value: DimensionValue<K>;
      readonly source: 'derived' | 'given';
      readonly reasons: readonly ClassificationReason[];
    }
  | {
      readonly dimension: K;
      readonly known: false;
      readonly value: null;
      readonly source: 'derived' | 'given';
      readonly reasons: readonly ClassificationReason[];
    };

/**
 * A customer's whole profile: one {@link DimensionResult} for every built-in dimension, in the
 * taxonomy's order. Plain JSON; treat it as read-only (a batch shares equal results between
 * customers, frozen).
 */
export interface CustomerProfile {
  readonly customerId: CustomerId | null;
  /** The calendar day classified as of (ISO date). */
  readonly asOf: string;
  readonly dimensions: { readonly [K in DimensionId]: DimensionResult<K> };
}
