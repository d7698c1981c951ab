/**
 * A hostile review of relationship, analysis and interop: options that are not plain objects,
 * numbers rounded onto the bound they are compared with, customers given a lead status, an order
 * checked only sometimes, host rows with spaces, an English plural.
 */
import { describe, expect, it } from 'vitest';
import { customerValue, profitView } from '../../src/analysis/index.js';
import { assessB2bRelationship, message, recommendKotlerLevel } from '../../src/index.js';
import { fromWukongFollowUpType, toHubSpotLeadStatus, toHubSpotLifecycleStage } from '../../src/interop/index.js';
import { thrown } from '../support/thrown.js';

describe('options that are a Map or a Date are refused, not read as empty', () => {
  const account = { customerId: 'c', transactions: [{ at: '2025-01-01', amount: 1000 }] };
  it.each([new Map([['asOf', '2020-06-30']]), new Date(0)])('customerValue, profitView, recommendKotlerLevel (%#)', (options) => {
    for (const call of [
      () => customerValue(account, options as never),
      () => profitView(account, options as never),
      () => recommendKotlerLevel({ customers: 50, unitMargin: 0.5 }, options as never),
      () => recommendKotlerLevel({ customers: 50, unitMargin: 0.5 }, { cutPoints: options as never }),
    ]) {
      expect(thrown(call)).toMatchObject({ code: 'invalid_argument', details: { expected: 'object' } });
    }
  });
});

describe('a number is written with the digits that tell it from its bound', () => {
  it('a unit margin just below the low bound does not read as the bound', () => {
    const low = recommendKotlerLevel({ customers: 500, unitMargin: 0.1499 });
    expect(message(low.reasons[1]!)).toBe('A unit margin of 14.99% is low (low below 15%, high from 40%)');
    // A margin that rounds to its bound is written with the digits that say it is below it.
    expect(message(recommendKotlerLevel({ customers: 5, unitMargin: 0.39999 }).reasons[1]!)).toBe('A unit margin of 39.999% is medium (low below 15%, high from 40%)');
    const medium = recommendKotlerLevel({ customers: 500, unitMargin: 0.3 }, { cutPoints: { highMarginFrom: 0.3001 } });
    expect(message(medium.reasons[1]!)).toBe('A unit margin of 30% is medium (low below 15%, high from 30.01%)');
  });

  it('one customer is one customer', () => {
    expect(message(recommendKotlerLevel({ customers: 1, unitMargin: 0.5 }).reasons[0]!)).toBe('1 customer counts as few customers (few below 100, many from 10,000)');
    expect(message(recommendKotlerLevel({ customers: 2, unitMargin: 0.5 }).reasons[0]!)).toBe('2 customers count as few customers (few below 100, many from 10,000)');
  });
});

describe('HubSpot', () => {
  it('a customer, current or lost, has no lead status whatever its purchase intent', () => {
    expect(toHubSpotLeadStatus({ status: 'current', purchase_intent: 'not_now' }).value).toBeNull();
    expect(toHubSpotLeadStatus({ status: 'lost', purchase_intent: 'never' }).value).toBeNull();
    expect(toHubSpotLeadStatus({ status: 'target', purchase_intent: 'not_now' }).value).toBe('BAD_TIMING');
  });

  it('the lifecycle order is checked whenever it is given', () => {
    expect(thrown(() => toHubSpotLifecycleStage({ status: 'current' }, { order: 'garbage' as never }))).toMatchObject({ path: ['options', 'order'], details: { expected: 'array' } });
    expect(thrown(() => toHubSpotLifecycleStage({ status: 'current' }, { order: ['lead', 'customer', 'Lead'] }))).toMatchObject({ path: ['options', 'order', 2], details: { expected: 'unique' } });
  });
});

it('a WukongCRM host row with spaces around its value matches the value', () => {
  expect(fromWukongFollowUpType(' 微信 ', { rows: [{ value: ' 微信 ', kind: 'message', lossy: false, note: 'WeChat' }] }).kind).toBe('message');
  expect(fromWukongFollowUpType('微信', { rows: [{ value: ' 微信', kind: 'message', lossy: false, note: 'WeChat' }] }).kind).toBe('message');
});

it('assessB2bRelationship refuses what is no plain fact sheet (a Date or a Map carrying the facts), as recommendKotlerLevel does', () => {
  const facts = { mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: true };
  expect(assessB2bRelationship(facts).type).toBe('partnership');
  // Before: 'partnership' for both.
  expect(thrown(() => assessB2bRelationship(Object.assign(new Date(0), facts) as never)).path).toEqual(['facts']);
  expect(thrown(() => assessB2bRelationship(Object.assign(new Map(), facts) as never)).path).toEqual(['facts']);
});
