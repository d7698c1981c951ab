import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessB2bRelationship, message, type B2bFacts } from '../../src/index.js';
import { b2bRelationship } from '../../src/taxonomy/dimensions/index.js';
import { thrown } from '../support/thrown.js';
import { CHINESE, inLocale } from '../support/locales.js';

const CONDITIONS = ['mutualImportance', 'balancedBargainingPower', 'mutualNeed', 'highSwitchingCost'] as const;
const ALL: B2bFacts = { mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: true };

describe('assessB2bRelationship', () => {
  it('recommends partnership when all four conditions hold, strategic alliance with aligned vision', () => {
    expect(assessB2bRelationship(ALL)).toMatchObject({ type: 'partnership', fitsAbovePreferredSupplier: true, unmet: [], luxury: false, warnings: [] });
    expect(assessB2bRelationship({ ...ALL, alignedVision: true }).type).toBe('strategic_alliance');
    expect(assessB2bRelationship({ ...ALL, alignedVision: false }).type).toBe('partnership');
  });

  it.each(CONDITIONS)('one unmet condition (%s) is enough to stay at preferred supplier', (fact) => {
    const r = assessB2bRelationship({ ...ALL, [fact]: false, alignedVision: true });
    expect(r.type).toBe('preferred_supplier');
    expect(r.unmet).toEqual([fact]);
    expect(r.reasons.find((x) => x.code === 'b2b_condition_unmet')?.params).toEqual({ condition: fact });
  });

  it('recommends transactional when neither side matters to nor needs the other, and switching is cheap', () => {
    const r = assessB2bRelationship({ mutualImportance: false, balancedBargainingPower: true, mutualNeed: false, highSwitchingCost: false });
    expect(r.type).toBe('transactional');
    expect(message(r.reasons.at(-1), inLocale('zh-Hans'))).toBe('双方既不重要也不互相需要，转移成本也不高：失去对方影响不大，买卖关系即可');
  });

  it('warns of a luxury when the cost exceeds the expected return, and only then', () => {
    expect(assessB2bRelationship({ ...ALL, relationshipCost: 101, expectedReturn: 100 }).luxury).toBe(true);
    expect(assessB2bRelationship({ ...ALL, relationshipCost: 100, expectedReturn: 100 }).luxury).toBe(false);
    expect(assessB2bRelationship({ ...ALL, relationshipCost: 100 }).luxury).toBe(false);
    const r = assessB2bRelationship({ ...ALL, relationshipCost: 5, expectedReturn: 1 });
    expect(r.type).toBe('partnership');
    expect(r.warnings.map((w) => w.code)).toEqual(['b2b_luxury']);
    expect(message(r.warnings[0], inLocale('zh-Hant'))).toBe('關係的付出 5 金額單位 比所得 1 金額單位 還多：這種關係是「奢侈的」');
    expect(message(r.warnings[0], { ...inLocale('zh-Hans'), money: { currency: 'CNY', minorUnitExponent: 2 } })).toBe('关系的付出 ¥0.05 比所得 ¥0.01 还多：这种关系是“奢侈的”');
  });

  it('always answers a type of the dimension, above preferred supplier only when all conditions hold', () => {
    const ids = b2bRelationship.values.map((v) => v.id as string);
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.option(fc.boolean(), { nil: undefined }), (a, b, c, d, v) => {
        const facts = { mutualImportance: a, balancedBargainingPower: b, mutualNeed: c, highSwitchingCost: d, ...(v === undefined ? {} : { alignedVision: v }) };
        const r = assessB2bRelationship(facts);
        expect(ids).toContain(r.type);
        expect(['partnership', 'strategic_alliance'].includes(r.type)).toBe(a && b && c && d);
        expect(r.met.length + r.unmet.length).toBe(4);
      }),
    );
  });

  it.each([
    [null, ['facts']],
    [{ ...ALL, mutualNeed: 'yes' }, ['facts', 'mutualNeed']],
    [{ ...ALL, highSwitchingCost: undefined }, ['facts', 'highSwitchingCost']],
    [{ ...ALL, alignedVision: 1 }, ['facts', 'alignedVision']],
    [{ ...ALL, relationshipCost: -1 }, ['facts', 'relationshipCost']],
    [{ ...ALL, expectedReturn: Number.NaN }, ['facts', 'expectedReturn']],
  ])('rejects %j at %j', (facts, path) => {
    const error = thrown(() => assessB2bRelationship(facts as never));
    expect(error.code).toBe('invalid_argument');
    expect(error.path).toEqual(path);
  });
});

describe('assessB2bRelationship reads the facts given, bounded like every amount', () => {
  it('an inherited fact was never given: refused at its path, not read as true', () => {
    const inherited = Object.create(ALL) as B2bFacts;
    expect(thrown(() => assessB2bRelationship(inherited))).toMatchObject({ code: 'invalid_argument', path: ['facts', 'mutualImportance'] });
    const vision = Object.assign(Object.create({ alignedVision: true }), ALL) as B2bFacts;
    expect(assessB2bRelationship(vision).type).toBe('partnership');
  });

  it('a cost or return above 1e30 is refused, as every amount of the library is', () => {
    expect(thrown(() => assessB2bRelationship({ ...ALL, relationshipCost: 1e300, expectedReturn: 1 }))).toMatchObject({ code: 'invalid_argument', path: ['facts', 'relationshipCost'] });
    expect(assessB2bRelationship({ ...ALL, relationshipCost: 1e30, expectedReturn: 1 }).luxury).toBe(true);
  });
});
