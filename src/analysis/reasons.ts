import type { MessageParams } from '../errors/index.js';

/** The codes of the analyses' reasons and advice (unique library-wide, no dots). @internal */
export type AnalysisReasonCode =
  // customerValue
  | 'realized_value'
  | 'potential_value'
  | 'potential_value_unknown'
  | 'wallet_share'
  | 'model_value'
  | 'model_value_unknown'
  // profitView
  | 'total_profit'
  | 'marginal_profit'
  | 'margin_rate_applied'
  | 'profit_unknown'
  | 'cost_to_serve'
  | 'channel_cost'
  | 'net_profit'
  | 'net_loss'
  | 'cheaper_channel'
  // differentiate
  | 'abc_rank'
  | 'causes_cost'
  | 'complained_repeatedly'
  | 'biggest_kept'
  | 'biggest_declined'
  | 'biggest_stopped'
  | 'narrow_buyer'
  // reviewMembership
  | 'member_qualification'
  | 'tier_frequency'
  | 'tier_average_spend'
  | 'tier_cumulative_spend'
  | 'tier_join'
  | 'tier_upgrade'
  | 'tier_downgrade'
  | 'tier_keep'
  | 'tier_none'
  | 'advice_register'
  | 'advice_reward'
  | 'advice_discount'
  | 'advice_next_tier'
  | 'advice_keep_tier'
  | 'advice_retention'
  | 'advice_retention_no_purchase';

/**
 * A reason or a piece of advice from the analyses, as data: a stable `code` and the parameters
 * of its message. Render it with `message(reason, locale)`; amounts are written with the host's
 * currency (`message(reason, { locale, money })`).
 */
export interface AnalysisReason {
  /** What the reason says; each code has a message in every built-in locale. */
  readonly code: AnalysisReasonCode;
  /** The figures behind it (amounts in the host's unit). */
  readonly params: MessageParams;
}

/** A frozen reason. @internal */
export function why(code: AnalysisReasonCode, params: MessageParams = {}): AnalysisReason {
  return Object.freeze({ code, params: Object.freeze(params) });
}
