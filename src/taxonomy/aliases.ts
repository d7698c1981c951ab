import type { DimensionValue } from './builtin.js';

/** How the customer relates to the firm (consumer, intermediary, internal, public interest). A value of the `relationship_to_firm` dimension. */
export type RelationshipToFirm = DimensionValue<'relationship_to_firm'>;

/** Value to the firm: `ordinary` < `key` < `vip`. A value of the `value_tier` dimension. */
export type ValueTier = DimensionValue<'value_tier'>;

/** ABC class by value: `c` < `b` < `a`. A value of the `abc_class` dimension. */
export type AbcClass = DimensionValue<'abc_class'>;

/** Membership tier by spend: `ordinary` < `silver` < `vip`. A value of the `membership_tier` dimension. */
export type MembershipTier = DimensionValue<'membership_tier'>;

/** Loyalty: `potential` < `new` < `established` < `loyal`. A value of the `loyalty` dimension. */
export type LoyaltyLevel = DimensionValue<'loyalty'>;

/** Lifecycle status: `non_customer`, `potential`, `target`, `current`, `lost`. A value of the `status` dimension. */
export type CustomerStatus = DimensionValue<'status'>;

/** How well the firm knows the customer: `unknown` < `potential` < `target` < `existing`. A value of the `acquaintance` dimension. */
export type Acquaintance = DimensionValue<'acquaintance'>;

/** Inside or outside the firm. A value of the `position` dimension. */
export type Position = DimensionValue<'position'>;

/** How internal customers work together. A value of the `internal_collaboration` dimension. */
export type InternalCollaboration = DimensionValue<'internal_collaboration'>;

/** Direct or indirect external customer. A value of the `external_directness` dimension. */
export type ExternalDirectness = DimensionValue<'external_directness'>;

/** Past, present or future customer. A value of the `time_state` dimension. */
export type TimeState = DimensionValue<'time_state'>;

/** How the customer behaves in contact: demanding, confused, agitated. A value of the `demeanor` dimension. */
export type Demeanor = DimensionValue<'demeanor'>;

/** How warm a prospect is. A value of the `purchase_intent` dimension. */
export type PurchaseIntent = DimensionValue<'purchase_intent'>;

/** Whether the customer promotes the firm or brings it profit. A value of the `effectiveness` dimension. */
export type Effectiveness = DimensionValue<'effectiveness'>;

/** Where the customer came from. A value of the `acquisition_source` dimension. */
export type AcquisitionSource = DimensionValue<'acquisition_source'>;

/** Kotler's five relationship levels, `basic` < … < `partnership`. A value of the `kotler_level` dimension. */
export type KotlerLevel = DimensionValue<'kotler_level'>;

/** The four B2B relationship types, `transactional` < … < `strategic_alliance`. A value of the `b2b_relationship` dimension. */
export type B2bRelationship = DimensionValue<'b2b_relationship'>;

/** The four layers of a relationship: trust < value < emotion < vision. A value of the `bond_layer` dimension. */
export type BondLayer = DimensionValue<'bond_layer'>;

/** Patronage: passer-by < customer < regular < honored < devotee. A value of the `patronage_level` dimension. */
export type PatronageLevel = DimensionValue<'patronage_level'>;

/** Why a relationship broke down: reason codes for a downgrade or a loss. A value of the `breakdown_cause` dimension. */
export type BreakdownCause = DimensionValue<'breakdown_cause'>;
