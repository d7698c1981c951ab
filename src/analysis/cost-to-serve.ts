import { inputError, type ErrorPath } from '../errors/index.js';
import { growExpansion, roundExpansion } from '../records/index.js';
import type { Ledger } from './account.js';
import { why, type AnalysisReason } from './reasons.js';

/** The cost to serve one customer, by part. @internal */
export interface CostToServe {
  /** Contacts by channel: count, unit cost and cost (`count × unitCost`, correctly rounded), channels in code-unit order. */
  readonly channels: readonly { readonly channel: string; readonly count: number; readonly unitCost: number; readonly cost: number }[];
  /** The exact sum of the channels' exact costs (`count × unitCost` before rounding), rounded once. */
  readonly contactCost: number;
  /** The host's other cost to serve (`costToServe`), 0 when not given. */
  readonly otherCost: number;
  /** Everything: the exact sum of the channels' exact costs and `otherCost`, rounded once. */
  readonly total: number;
  /** That exact sum before rounding, as an expansion (for a net profit rounded once). */
  readonly exact: readonly number[];
}

const SPLIT = 2 ** 30 + 1;

/**
 * Adds `count × unitCost` to an expansion exactly, for a whole `count` below 2^30 (`MAX_COUNT`):
 * `unitCost` is cut (Veltkamp) into three parts of at most 23 significant bits, whose products
 * with `count` fit a double's 53 bits, so each is exact.
 */
function addProduct(partials: number[], count: number, unitCost: number): void {
  let rest = unitCost;
  for (let k = 0; k < 2; k++) {
    const c = SPLIT * rest;
    const high = c - (c - rest);
    growExpansion(partials, count * high);
    rest -= high;
  }
  growExpansion(partials, count * rest);
}

/**
 * Checks at the boundary that every contact channel of an account has a unit cost.
 * @internal
 */
export function checkChannels(l: Ledger, unitCosts: ReadonlyMap<string, number> | undefined, path: ErrorPath): void {
  for (const channel of l.contacts.keys()) {
    if (unitCosts === undefined) throw inputError('invalid_argument', ['options', 'unitCosts'], 'present', undefined);
    if (!unitCosts.has(channel)) throw inputError('invalid_argument', [...path, 'serviceContacts', channel], 'known_key', channel, { allowed: [...unitCosts.keys()] });
  }
}

/**
 * The cost to serve a customer (seed 004): its service contacts by channel at the host's unit cost
 * per contact, plus the other cost the host knows. Channels are checked at the boundary.
 * @internal
 */
export function costToServeOf(l: Ledger, unitCosts: ReadonlyMap<string, number>): CostToServe {
  const channels: { channel: string; count: number; unitCost: number; cost: number }[] = [];
  // Amounts are at most MAX_MONEY and counts MAX_COUNT: no partial overflows.
  const partials: number[] = [];
  for (const [channel, count] of l.contacts) {
    const unitCost = unitCosts.get(channel) as number;
    channels.push({ channel, count, unitCost, cost: count * unitCost });
    addProduct(partials, count, unitCost);
  }
  const contactCost = roundExpansion(partials);
  const otherCost = l.costToServe ?? 0;
  growExpansion(partials, otherCost);
  return { channels, contactCost, otherCost, total: roundExpansion(partials), exact: partials };
}

/** The reasons behind a cost to serve. @internal */
export function costReasons(cost: CostToServe): AnalysisReason[] {
  const contacts = cost.channels.reduce((n, c) => n + c.count, 0);
  const reasons = [why('cost_to_serve', { costToServe: cost.total, contactCost: cost.contactCost, otherCost: cost.otherCost, contacts })];
  for (const c of cost.channels) reasons.push(why('channel_cost', { channel: c.channel, count: c.count, unitCost: c.unitCost, cost: c.cost }));
  return reasons;
}

/**
 * Seed 004's move for a customer who earns less than it costs: serve its contacts on the dearest
 * channel it uses through the cheapest channel the host has (an agent call at USD 5 → an IVR contact
 * at USD 0.36), with the saving — and the seed's warning that it can backfire.
 * @internal
 */
export function cheaperChannel(cost: CostToServe, unitCosts: ReadonlyMap<string, number>): AnalysisReason | undefined {
  let from: CostToServe['channels'][number] | undefined;
  for (const c of cost.channels) if (c.count > 0 && (from === undefined || c.unitCost > from.unitCost)) from = c;
  if (from === undefined) return undefined;
  let to: string | undefined;
  let toCost = from.unitCost;
  for (const [channel, unitCost] of unitCosts) {
    if (unitCost < toCost) {
      to = channel;
      toCost = unitCost;
    }
  }
  if (to === undefined) return undefined;
  // The saving exactly: count × (from − to) as two exact products, rounded once.
  const saving: number[] = [];
  addProduct(saving, from.count, from.unitCost);
  addProduct(saving, -from.count, toCost);
  return why('cheaper_channel', { from: from.channel, to, count: from.count, saving: roundExpansion(saving) });
}
