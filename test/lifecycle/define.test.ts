import { describe, expect, it } from 'vitest';
import {
  can,
  CrmTaxonomyError,
  defineMachine,
  extendMachine,
  loyaltyMachine,
  machineToJSON,
  message,
  statusMachine,
  taxonomy,
  toMermaid,
  transition,
  validateHistory,
  type GuardDefinition,
} from '../../src/index.js';
import { CHINESE, inLocale } from '../support/locales.js';

const why = { en: 'Why', 'zh-Hans': '原因' };
const label = { en: 'Go', 'zh-Hans': '走' };
const edges = [
  { from: ['effective'], to: 'ineffective', why, source: [{ seed: '002' }] },
  { from: ['ineffective'], to: 'effective', why, source: [{ seed: '002' }] },
] as const;

function code(fn: () => unknown): [string, readonly (string | number)[]] {
  try {
    fn();
  } catch (error) {
    if (error instanceof CrmTaxonomyError) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected a CrmTaxonomyError');
}

const define = (patch: Record<string, unknown>) => () => defineMachine({ id: 'effectiveness', dimension: 'effectiveness', events: { go: { label, edges } }, ...patch } as never);

describe('defineMachine', () => {
  it('builds a frozen machine from data, with host guards and their texts', () => {
    const credit: GuardDefinition = {
      description: { en: 'credit checked', 'zh-Hans': '已做信用审核' },
      refusal: { en: 'no credit check', 'zh-Hans': '未审核' },
      test: (facts) => facts.creditChecked === true,
    };
    const machine = defineMachine({
      id: 'effectiveness',
      dimension: 'effectiveness',
      initial: 'effective',
      guards: { credit_checked: credit },
      events: { go: { label, edges: [edges[0]!, { ...edges[1]!, guards: ['credit_checked'] }] } },
    });
    expect(machine.states).toEqual(['effective', 'ineffective']);
    expect(Object.isFrozen(machine)).toBe(true);
    const refused = can(machine, 'ineffective', 'go');
    expect(refused).toMatchObject({ ok: false, code: 'guard_failed', guard: 'credit_checked' });
    expect(message(refused, { machine, ...inLocale('zh-Hans') })).toBe('无法从无效客户变为有效客户（走）：未审核');
    expect(message(refused, { machine })).toBe('Cannot move from Ineffective customer to Effective customer (Go): no credit check');
    expect(can(machine, 'ineffective', 'go', { facts: { creditChecked: true } }).ok).toBe(true);
    expect(machineToJSON(machine).guards.find((g) => g.id === 'credit_checked')).toEqual({
      id: 'credit_checked',
      description: { en: 'credit checked', 'zh-Hans': '已做信用审核' },
      refusal: { en: 'no credit check', 'zh-Hans': '未审核' },
    });
  });

  it('takes a dimension by built-in id or as a definition, and works without any text', () => {
    const bare = defineMachine({ id: 'bare', dimension: taxonomy.dimension('effectiveness'), events: { go: { edges: [edges[0]!, edges[1]!].map(({ why: _, ...e }) => e) } } });
    expect(message(can(bare, 'effective' as string, { to: 'effective' }))).toBe('No single move leads from Effective customer to Effective customer; from Effective customer the possible moves are: go');
  });

  it('refuses bad definitions with invalid_definition and a path', () => {
    expect(code(define({ id: 'Bad Id' }))).toEqual(['invalid_definition', ['id']]);
    expect(code(define({ dimension: {} }))).toEqual(['invalid_definition', ['dimension']]);
    expect(code(define({ dimension: 'colour' }))).toEqual(['invalid_definition', ['dimension']]);
    const dim = taxonomy.dimension('effectiveness');
    expect(code(define({ dimension: { ...dim, values: [...dim.values, dim.values[0]] } }))).toEqual(['invalid_definition', ['dimension', 'values']]);
    expect(code(define({ initial: 'gold' }))).toEqual(['invalid_definition', ['initial']]);
    expect(code(define({ events: { Go: { label, edges } } }))).toEqual(['invalid_definition', ['events', 'Go']]);
    expect(code(define({ events: { go: { label: { 'zh-Hans': '走' }, edges } } }))).toEqual(['invalid_definition', ['events', 'go', 'label']]);
    expect(code(define({ events: { go: { label, edges: [] } } }))).toEqual(['invalid_definition', ['events', 'go', 'edges']]);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], to: 'gold' }] } } }))).toEqual(['invalid_definition', ['events', 'go', 'edges', 0, 'to']]);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], from: [] }] } } }))[1]).toEqual(['events', 'go', 'edges', 0, 'from']);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], from: ['gold'] }] } } }))[1]).toEqual(['events', 'go', 'edges', 0, 'from', 0]);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], from: ['ineffective'], to: 'ineffective' }] } } }))[1]).toEqual(['events', 'go', 'edges', 0, 'from', 0]);
    expect(code(define({ events: { go: { label, edges: [edges[0], edges[0]] } } }))[1]).toEqual(['events', 'go', 'edges', 1, 'from', 0]);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], guards: ['nope'] }] } } }))[1]).toEqual(['events', 'go', 'edges', 0, 'guards', 0]);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], why: { en: '' } }] } } }))[1]).toEqual(['events', 'go', 'edges', 0, 'why']);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], source: [] }] } } }))[1]).toEqual(['events', 'go', 'edges', 0, 'source']);
    expect(code(define({ guards: { has_reason: { description: why, refusal: why, test: () => true } } }))).toEqual(['invalid_definition', ['guards', 'has_reason']]);
    expect(code(define({ guards: { mine: { description: why, refusal: why } } }))).toEqual(['invalid_definition', ['guards', 'mine', 'test']]);
    expect(code(() => defineMachine(null as never))).toEqual(['invalid_definition', []]);
  });

  it('refuses a machine that leaves a state off every edge', () => {
    expect(code(define({ events: { go: { label, edges: [{ from: ['effective'], to: 'effective', why, source: [{ seed: '002' }] }] } } }))[0]).toBe('invalid_definition');
    const bank = taxonomy.extend({ values: { effectiveness: [{ id: 'dormant', label: { en: 'Dormant' } }] } });
    expect(code(define({ dimension: bank.dimension('effectiveness') }))).toEqual(['invalid_definition', ['events']]);
  });
});

describe('extendMachine', () => {
  const rule = { en: 'Host rule', 'zh-Hans': '企业规则' };

  it('adds states through an extended taxonomy dimension, with its labels', () => {
    const bank = taxonomy.extend({ values: { loyalty: [{ id: 'ambassador', label: { en: 'Ambassador', 'zh-Hans': '推广大使' }, after: 'loyal' }] } });
    const machine = extendMachine(loyaltyMachine, {
      dimension: bank.dimension('loyalty'),
      events: {
        recruit: { label: { en: 'Recruits others', 'zh-Hans': '推荐他人' }, edges: [{ from: ['loyal'], to: 'ambassador', why: rule, source: [{ seed: 'added' }] }] },
        demote: { edges: [{ from: ['ambassador'], to: 'loyal', guards: ['has_reason'], why: rule, source: [{ seed: 'added' }] }] },
      },
    });
    expect(machine.states).toEqual(['potential', 'new', 'established', 'loyal', 'ambassador']);
    expect(can(machine, 'loyal', 'recruit')).toMatchObject({ ok: true, to: 'ambassador' });
    expect(can(machine, 'ambassador', 'demote', { facts: { reason: 'stopped' } })).toMatchObject({ ok: true, to: 'loyal' });
    expect(toMermaid(machine, { ...inLocale('zh-Hans') })).toContain('state "推广大使" as ambassador');
    expect(toMermaid(machine, { ...inLocale('zh-Hans') })).toContain('loyal --> established: 降级');
    expect(loyaltyMachine.states).toHaveLength(4);
    const event = transition(machine, 'loyal', 'recruit', { at: '2024-05-01' });
    expect(validateHistory(machine, [event], { from: 'loyal' }).state).toBe('ambassador');
  });

  it('adds guards to existing edges, and host guards', () => {
    const machine = extendMachine(statusMachine, {
      guards: { credit_checked: { description: rule, refusal: { en: 'run the credit check first', 'zh-Hans': '请先做信用审核' }, test: (facts) => facts.creditChecked === true } },
      require: [{ event: 'first_purchase', from: 'target', guards: ['credit_checked', 'has_purchase'] }],
    });
    const refused = can(machine, 'target', 'first_purchase', { facts: { hasPurchase: true } });
    expect(refused).toMatchObject({ ok: false, code: 'guard_failed', guard: 'credit_checked' });
    expect(message(refused, { ...inLocale('zh-Hans'), machine })).toBe('无法从目标客户变为现实客户（首次购买）：请先做信用审核');
    expect(can(machine, 'potential', 'first_purchase', { facts: { hasPurchase: true } }).ok).toBe(true);
    expect(machine.edges.find((e) => e.event === 'first_purchase' && e.from === 'target')?.guards).toEqual(['has_purchase', 'credit_checked']);
    // the built-in texts of edges regrouped by the extension are still found
    expect(machineToJSON(machine).events.find((e) => e.id === 'first_purchase')?.edges.map((e) => e.why.en !== undefined)).toEqual([true, true]);
  });

  it('forbids edges, keeping them for refusals; extensions compose', () => {
    const once = extendMachine(statusMachine, { forbid: [{ event: 'disqualify', from: 'lost', why: rule }] });
    const twice = extendMachine(once, { forbid: [{ event: 'win_back', why: { en: 'Second rule' } }] });
    expect(can(twice, 'lost', 'disqualify', { facts: { reason: 'x' } })).toMatchObject({ code: 'edge_forbidden' });
    expect(message(can(twice, 'lost', 'disqualify', { facts: { reason: 'x' } }), { machine: twice })).toContain('forbidden here: Host rule');
    expect(message(can(twice, 'lost', 'win_back', { facts: { reason: 'x' } }), { machine: twice })).toContain('forbidden here: Second rule');
    expect(can(twice, 'target', 'disqualify', { facts: { reason: 'x' } }).ok).toBe(true);
    expect(twice.forbidden.map((f) => [f.event, f.from])).toEqual([
      ['disqualify', 'lost'],
      ['win_back', 'lost'],
    ]);
  });

  it('refuses bad extensions with invalid_extension', () => {
    expect(code(() => extendMachine(statusMachine, null as never))[0]).toBe('invalid_extension');
    expect(code(() => extendMachine(statusMachine, { dimension: taxonomy.dimension('loyalty') as never }))).toEqual(['invalid_extension', ['dimension', 'id']]);
    expect(code(() => extendMachine(statusMachine, { states: [{ id: 'lost', label: { en: 'L' } }] as never }))).toEqual(['invalid_extension', ['states', 0, 'id']]);
    expect(code(() => extendMachine(statusMachine, { states: [{ id: 'orphan', label: { en: 'O' } }] }))).toEqual(['invalid_extension', ['states', 0]]);
    expect(code(() => extendMachine(statusMachine, { guards: { has_reason: {} as never } }))).toEqual(['invalid_extension', ['guards', 'has_reason']]);
    expect(code(() => extendMachine(statusMachine, { events: { brand_new: { edges: [] } } }))).toEqual(['invalid_extension', ['events', 'brand_new', 'label']]);
    expect(code(() => extendMachine(statusMachine, { require: [{ event: 'churn', from: 'lost', guards: ['has_reason'] }] }))).toEqual(['invalid_extension', ['require', 0, 'from']]);
    expect(code(() => extendMachine(statusMachine, { require: [{ event: 'nope' as never, guards: ['has_reason'] }] }))).toEqual(['invalid_extension', ['require', 0, 'event']]);
    expect(code(() => extendMachine(statusMachine, { forbid: [{ event: 'churn', from: 'lost', why: rule }] }))).toEqual(['invalid_extension', ['forbid', 0, 'from']]);
    expect(code(() => extendMachine(statusMachine, { forbid: [{ event: 'qualify', why: rule }, { event: 'disqualify', why: rule }] }))).toEqual(['invalid_extension', ['forbid', 1]]);
    expect(code(() => extendMachine(statusMachine, { events: { churn: { edges: [{ from: ['lost'], to: 'gold' as never, why: rule, source: [{ seed: 'added' }] }] } } }))[0]).toBe('invalid_extension');
    expect(code(() => extendMachine(statusMachine, { events: { churn: { edges: [{ from: 'lost' as never, to: 'target', why: rule, source: [{ seed: 'added' }] }] } } }))[0]).toBe('invalid_extension');
  });
});
