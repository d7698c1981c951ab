import { describe, expect, it } from 'vitest';
import {
  can,
  CrmTaxonomyError,
  defineMachine,
  effectiveness,
  extendMachine,
  loyaltyMachine,
  statusMachine,
  taxonomy,
  toMermaid,
  transition,
  validateHistory,
  type GuardDefinition,
} from '../../src/index.js';

const text = { en: 'Why', 'zh-Hans': '原因', 'zh-Hant': '原因' };
const label = { en: 'Go', 'zh-Hans': '走', 'zh-Hant': '走' };
const edges = [
  { from: ['effective'], to: 'ineffective', why: text, source: [{ seed: '002' }] },
  { from: ['ineffective'], to: 'effective', why: text, source: [{ seed: '002' }] },
];

function code(fn: () => unknown): [string, readonly (string | number)[]] {
  try {
    fn();
  } catch (error) {
    if (error instanceof CrmTaxonomyError) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected a CrmTaxonomyError');
}

const define = (patch: Record<string, unknown>) => () =>
  defineMachine({ id: 'effectiveness', dimension: effectiveness, events: { go: { label, edges } }, ...patch } as never);

describe('defineMachine', () => {
  it('builds a machine from data, with host guards', () => {
    const credit: GuardDefinition = {
      description: text,
      refusal: { en: 'no credit check', 'zh-Hans': '未审核', 'zh-Hant': '未審核' },
      test: (facts) => facts.creditChecked === true,
    };
    const machine = defineMachine({
      id: 'effectiveness',
      dimension: effectiveness,
      initial: 'effective',
      guards: { credit_checked: credit },
      events: { go: { label, edges: [{ ...edges[0]!, from: ['effective'], to: 'ineffective' }, { ...edges[1]!, from: ['ineffective'], to: 'effective', guards: ['credit_checked'] }] } },
    });
    expect(machine.states).toEqual(['effective', 'ineffective']);
    expect(can(machine, 'ineffective', 'go').code).toBe('guard_failed:credit_checked');
    expect(can(machine, 'ineffective', 'go', { creditChecked: true }).ok).toBe(true);
  });

  it('refuses bad definitions with invalid_definition and a path', () => {
    expect(code(define({ id: 'Bad Id' }))).toEqual(['invalid_definition', ['id']]);
    expect(code(define({ dimension: {} }))).toEqual(['invalid_definition', ['dimension']]);
    expect(code(define({ dimension: { ...effectiveness, values: [...effectiveness.values, effectiveness.values[0]] } }))).toEqual([
      'invalid_definition',
      ['dimension', 'values'],
    ]);
    expect(code(define({ initial: 'gold' }))).toEqual(['invalid_definition', ['initial']]);
    expect(code(define({ events: { Go: { label, edges } } }))).toEqual(['invalid_definition', ['events', 'Go']]);
    expect(code(define({ events: { go: { label: { en: 'Go' }, edges } } }))).toEqual(['invalid_definition', ['events', 'go', 'label', 'zh-Hans']]);
    expect(code(define({ events: { go: { label, edges: [] } } }))).toEqual(['invalid_definition', ['events', 'go', 'edges']]);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], to: 'gold' }] } } }))).toEqual([
      'invalid_definition',
      ['events', 'go', 'edges', 0, 'to'],
    ]);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], from: [] }] } } }))[1]).toEqual(['events', 'go', 'edges', 0, 'from']);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], from: ['gold'] }] } } }))[1]).toEqual(['events', 'go', 'edges', 0, 'from']);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], from: ['ineffective'], to: 'ineffective' }] } } }))[1]).toEqual([
      'events',
      'go',
      'edges',
      0,
      'from',
    ]);
    expect(code(define({ events: { go: { label, edges: [edges[0], edges[0]] } } }))[1]).toEqual(['events', 'go', 'edges', 1, 'from']);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], guards: ['nope'] }] } } }))[1]).toEqual([
      'events',
      'go',
      'edges',
      0,
      'guards',
    ]);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], why: { en: 'x' } }] } } }))[1]).toEqual([
      'events',
      'go',
      'edges',
      0,
      'why',
      'zh-Hans',
    ]);
    expect(code(define({ events: { go: { label, edges: [{ ...edges[0], source: [] }] } } }))[1]).toEqual(['events', 'go', 'edges', 0, 'source']);
    expect(code(define({ guards: { has_reason: { description: text, refusal: text, test: () => true } } }))).toEqual([
      'invalid_definition',
      ['guards', 'has_reason'],
    ]);
    expect(code(define({ guards: { mine: { description: text, refusal: text } } }))).toEqual(['invalid_definition', ['guards', 'mine']]);
  });

  it('refuses a machine that leaves a state off every edge', () => {
    expect(code(define({ events: { go: { label, edges: [{ from: ['effective'], to: 'effective', why: text, source: [{ seed: '002' }] }] } } }))[0]).toBe(
      'invalid_definition',
    );
    const bank = taxonomy.extend({ values: { effectiveness: [{ id: 'dormant', label: { en: 'Dormant' }, description: { en: 'Dormant' } }] } });
    expect(code(define({ dimension: bank.dimension('effectiveness') }))).toEqual(['invalid_definition', ['events']]);
  });
});

describe('extendMachine', () => {
  const why = { en: 'Host rule', 'zh-Hans': '企业规则', 'zh-Hant': '企業規則' };

  it('adds states through an extended taxonomy dimension, with its labels', () => {
    const bank = taxonomy.extend({
      values: { loyalty: [{ id: 'ambassador', label: { en: 'Ambassador', 'zh-Hans': '推广大使' }, description: { en: 'Recruits' }, after: 'loyal' }] },
    });
    const machine = extendMachine(loyaltyMachine, {
      dimension: bank.dimension('loyalty'),
      events: {
        recruit: {
          label: { en: 'Recruits others', 'zh-Hans': '推荐他人', 'zh-Hant': '推薦他人' },
          edges: [{ from: ['loyal'], to: 'ambassador', why, source: [{ seed: 'added' }] }],
        },
        demote: { edges: [{ from: ['ambassador'], to: 'loyal', guards: ['has_reason'], why, source: [{ seed: 'added' }] }] },
      },
    });
    expect(machine.states).toEqual(['potential', 'new', 'established', 'loyal', 'ambassador']);
    expect(can(machine, 'loyal', 'recruit').to).toBe('ambassador');
    expect(can(machine, 'ambassador', 'demote', { reason: 'stopped' }).to).toBe('loyal');
    expect(toMermaid(machine, { locale: 'zh-Hans' })).toContain('state "推广大使" as ambassador');
    expect(loyaltyMachine.states).toHaveLength(4);
    const event = transition(machine, 'loyal', 'recruit', { at: '2024-05-01' });
    expect(validateHistory(machine, [event], { from: 'loyal' }).state).toBe('ambassador');
  });

  it('adds guards to existing edges, and host guards', () => {
    const machine = extendMachine(statusMachine, {
      guards: {
        credit_checked: {
          description: why,
          refusal: { en: 'run the credit check first', 'zh-Hans': '请先做信用审核', 'zh-Hant': '請先做信用審核' },
          test: (facts) => facts.creditChecked === true,
        },
      },
      require: [{ event: 'first_purchase', from: 'target', guards: ['credit_checked', 'has_purchase'] }],
    });
    expect(can(machine, 'target', 'first_purchase', { hasPurchase: true }).code).toBe('guard_failed:credit_checked');
    expect(can(machine, 'potential', 'first_purchase', { hasPurchase: true }).ok).toBe(true);
    expect(machine.edges.find((e) => e.event === 'first_purchase' && e.from === 'target')?.guards).toEqual(['has_purchase', 'credit_checked']);
  });

  it('forbids edges, keeping them for refusals; extensions compose', () => {
    const once = extendMachine(statusMachine, { forbid: [{ event: 'disqualify', from: 'lost', why }] });
    const twice = extendMachine(once, { forbid: [{ event: 'win_back', why }] });
    expect(can(twice, 'lost', 'disqualify', { reason: 'x' }).code).toBe('edge_forbidden');
    expect(can(twice, 'lost', 'win_back', { reason: 'x' }).code).toBe('edge_forbidden');
    expect(can(twice, 'target', 'disqualify', { reason: 'x' }).ok).toBe(true);
    expect(twice.forbidden.map((f) => [f.event, f.from])).toEqual([
      ['disqualify', 'lost'],
      ['win_back', 'lost'],
    ]);
  });

  it('refuses bad extensions with invalid_extension', () => {
    expect(code(() => extendMachine(statusMachine, null as never))[0]).toBe('invalid_extension');
    expect(code(() => extendMachine(statusMachine, { dimension: loyaltyMachine.dimension as never }))).toEqual(['invalid_extension', ['dimension']]);
    expect(code(() => extendMachine(statusMachine, { states: [{ id: 'lost', label: { en: 'L' }, description: { en: 'L' } }] as never }))).toEqual([
      'invalid_extension',
      ['states', 0, 'id'],
    ]);
    expect(code(() => extendMachine(statusMachine, { states: [{ id: 'orphan', label: { en: 'O' }, description: { en: 'O' } }] }))).toEqual([
      'invalid_extension',
      ['events'],
    ]);
    expect(code(() => extendMachine(statusMachine, { guards: { has_reason: {} as never } }))).toEqual(['invalid_extension', ['guards', 'has_reason']]);
    expect(code(() => extendMachine(statusMachine, { events: { brand_new: { edges: [] } } }))).toEqual([
      'invalid_extension',
      ['events', 'brand_new', 'label'],
    ]);
    expect(code(() => extendMachine(statusMachine, { require: [{ event: 'churn', from: 'lost', guards: ['has_reason'] }] }))).toEqual([
      'invalid_extension',
      ['require', 0],
    ]);
    expect(code(() => extendMachine(statusMachine, { forbid: [{ event: 'churn', from: 'lost', why }] }))).toEqual(['invalid_extension', ['forbid', 0]]);
    expect(code(() => extendMachine(statusMachine, { forbid: [{ event: 'qualify', why }, { event: 'disqualify', why }] }))).toEqual(['invalid_extension', ['events']]);
    expect(
      code(() => extendMachine(statusMachine, { events: { churn: { edges: [{ from: ['lost'], to: 'gold' as never, why, source: [{ seed: 'added' }] }] } } }))[0],
    ).toBe('invalid_extension');
    expect(
      code(() => extendMachine(statusMachine, { events: { churn: { edges: [{ from: 'lost' as never, to: 'target', why, source: [{ seed: 'added' }] }] } } }))[0],
    ).toBe('invalid_extension');
  });
});
