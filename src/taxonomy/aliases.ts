import type { DimensionValue } from './builtin.js';

/**
 * How the customer relates to the firm (consumer, intermediary, internal, public interest). A value of the `relationship_to_firm` dimension.
 *
 * @example
 * ```ts
 * import type { RelationshipToFirm } from 'crm-taxonomy';
 *
 * const value: RelationshipToFirm = 'consumer';
 * value; //=> 'consumer'
 * ```
 */
export type RelationshipToFirm = DimensionValue<'relationship_to_firm'>;

/**
 * Value to the firm: `ordinary` < `key` < `vip`. A value of the `value_tier` dimension.
 *
 * @example
 * ```ts
 * import type { ValueTier } from 'crm-taxonomy';
 *
 * const value: ValueTier = 'vip';
 * value; //=> 'vip'
 * ```
 */
export type ValueTier = DimensionValue<'value_tier'>;

/**
 * ABC class by value: `c` < `b` < `a`. A value of the `abc_class` dimension.
 *
 * @example
 * ```ts
 * import type { AbcClass } from 'crm-taxonomy';
 *
 * const value: AbcClass = 'a';
 * value; //=> 'a'
 * ```
 */
export type AbcClass = DimensionValue<'abc_class'>;

/**
 * Membership tier by spend: `ordinary` < `silver` < `vip`. A value of the `membership_tier` dimension.
 *
 * @example
 * ```ts
 * import type { MembershipTier } from 'crm-taxonomy';
 *
 * const value: MembershipTier = 'silver';
 * value; //=> 'silver'
 * ```
 */
export type MembershipTier = DimensionValue<'membership_tier'>;

/**
 * Loyalty: `potential` < `new` < `established` < `loyal`. A value of the `loyalty` dimension.
 *
 * @example
 * ```ts
 * import type { LoyaltyLevel } from 'crm-taxonomy';
 *
 * const value: LoyaltyLevel = 'loyal';
 * value; //=> 'loyal'
 * ```
 */
export type LoyaltyLevel = DimensionValue<'loyalty'>;

/**
 * Lifecycle status: `non_customer`, `potential`, `target`, `current`, `lost`. A value of the `status` dimension.
 *
 * @example
 * ```ts
 * import type { CustomerStatus } from 'crm-taxonomy';
 *
 * const value: CustomerStatus = 'current';
 * value; //=> 'current'
 * ```
 */
export type CustomerStatus = DimensionValue<'status'>;

/**
 * How well the firm knows the customer: `unknown` < `potential` < `target` < `existing`. A value of the `acquaintance` dimension.
 *
 * @example
 * ```ts
 * import type { Acquaintance } from 'crm-taxonomy';
 *
 * const value: Acquaintance = 'existing';
 * value; //=> 'existing'
 * ```
 */
export type Acquaintance = DimensionValue<'acquaintance'>;

/**
 * Inside or outside the firm. A value of the `position` dimension.
 *
 * @example
 * ```ts
 * import type { Position } from 'crm-taxonomy';
 *
 * const value: Position = 'internal';
 * value; //=> 'internal'
 * ```
 */
export type Position = DimensionValue<'position'>;

/**
 * How internal customers work together. A value of the `internal_collaboration` dimension.
 *
 * @example
 * ```ts
 * import type { InternalCollaboration } from 'crm-taxonomy';
 *
 * const value: InternalCollaboration = 'team';
 * value; //=> 'team'
 * ```
 */
export type InternalCollaboration = DimensionValue<'internal_collaboration'>;

/**
 * Direct or indirect external customer. A value of the `external_directness` dimension.
 *
 * @example
 * ```ts
 * import type { ExternalDirectness } from 'crm-taxonomy';
 *
 * const value: ExternalDirectness = 'direct';
 * value; //=> 'direct'
 * ```
 */
export type ExternalDirectness = DimensionValue<'external_directness'>;

/**
 * Past, present or future customer. A value of the `time_state` dimension.
 *
 * @example
 * ```ts
 * import type { TimeState } from 'crm-taxonomy';
 *
 * const value: TimeState = 'past';
 * value; //=> 'past'
 * ```
 */
export type TimeState = DimensionValue<'time_state'>;

/**
 * How the customer behaves in contact: demanding, confused, agitated. A value of the `demeanor` dimension.
 *
 * @example
 * ```ts
 * import type { Demeanor } from 'crm-taxonomy';
 *
 * const value: Demeanor = 'confused';
 * value; //=> 'confused'
 * ```
 */
export type Demeanor = DimensionValue<'demeanor'>;

/**
 * How warm a prospect is. A value of the `purchase_intent` dimension.
 *
 * @example
 * ```ts
 * import type { PurchaseIntent } from 'crm-taxonomy';
 *
 * const value: PurchaseIntent = 'hesitating';
 * value; //=> 'hesitating'
 * ```
 */
export type PurchaseIntent = DimensionValue<'purchase_intent'>;

/**
 * Whether the customer promotes the firm or brings it profit. A value of the `effectiveness` dimension.
 *
 * @example
 * ```ts
 * import type { Effectiveness } from 'crm-taxonomy';
 *
 * const value: Effectiveness = 'effective';
 * value; //=> 'effective'
 * ```
 */
export type Effectiveness = DimensionValue<'effectiveness'>;

/**
 * Where the customer came from. A value of the `acquisition_source` dimension.
 *
 * @example
 * ```ts
 * import type { AcquisitionSource } from 'crm-taxonomy';
 *
 * const value: AcquisitionSource = 'referral';
 * value; //=> 'referral'
 * ```
 */
export type AcquisitionSource = DimensionValue<'acquisition_source'>;

/**
 * Kotler's five relationship levels, `basic` < … < `partnership`. A value of the `kotler_level` dimension.
 *
 * @example
 * ```ts
 * import type { KotlerLevel } from 'crm-taxonomy';
 *
 * const value: KotlerLevel = 'accountable';
 * value; //=> 'accountable'
 * ```
 */
export type KotlerLevel = DimensionValue<'kotler_level'>;

/**
 * The four B2B relationship types, `transactional` < … < `strategic_alliance`. A value of the `b2b_relationship` dimension.
 *
 * @example
 * ```ts
 * import type { B2bRelationship } from 'crm-taxonomy';
 *
 * const value: B2bRelationship = 'preferred_supplier';
 * value; //=> 'preferred_supplier'
 * ```
 */
export type B2bRelationship = DimensionValue<'b2b_relationship'>;

/**
 * The four layers of a relationship: trust < value < emotion < vision. A value of the `bond_layer` dimension.
 *
 * @example
 * ```ts
 * import type { BondLayer } from 'crm-taxonomy';
 *
 * const value: BondLayer = 'trust';
 * value; //=> 'trust'
 * ```
 */
export type BondLayer = DimensionValue<'bond_layer'>;

/**
 * Patronage: passer-by < customer < regular < honored < devotee. A value of the `patronage_level` dimension.
 *
 * @example
 * ```ts
 * import type { PatronageLevel } from 'crm-taxonomy';
 *
 * const value: PatronageLevel = 'regular';
 * value; //=> 'regular'
 * ```
 */
export type PatronageLevel = DimensionValue<'patronage_level'>;

/**
 * Why a relationship broke down: reason codes for a downgrade or a loss. A value of the `breakdown_cause` dimension.
 *
 * @example
 * ```ts
 * import type { BreakdownCause } from 'crm-taxonomy';
 *
 * const value: BreakdownCause = 'competitor';
 * value; //=> 'competitor'
 * ```
 */
export type BreakdownCause = DimensionValue<'breakdown_cause'>;
