/**
 * The domain part of the spec: the taxonomy, the policies (defaults and JSON Schemas), Kotler's
 * table and the B2B fit test (with conformance vectors), the playbook, the interop tables and every
 * message table, all read from the definitions the library runs.
 */
import { z } from 'zod';
import { assessB2bRelationship, DEFAULT_CLASSIFICATION_POLICY, DEFAULT_LIFECYCLE_POLICY, KOTLER_TABLE, recommendKotlerLevel, taxonomy, type B2bFacts, type DimensionId } from '../../src/index.js';
import { playbook } from '../../src/playbook/index.js';
import { DEFAULT_POOL_POLICY } from '../../src/pool/index.js';
import * as interop from '../../src/interop/index.js';
import { DEFAULT_MEMBERSHIP_POLICY } from '../../src/analysis/membership-policy.js';
import { ALL_TEXTS } from '../../src/locales/all.js';
import { CHARTS_TEXTS } from '../../src/locales/charts.js';
import { PLAYBOOK_TEXTS } from '../../src/locales/playbook.js';
import { zhHans } from '../../src/locales/entries/zh-Hans.js';
import { zhHant } from '../../src/locales/entries/zh-Hant.js';
import { LOCALES } from '../../src/i18n/index.js';
import { PLAYBOOK_ROWS } from '../../src/playbook/data.js';
import { withSources } from '../../src/taxonomy/provenance.js';
import { ClassificationPolicySchema, LifecyclePolicySchema, MembershipPolicySchema, PoolPolicySchema, taxonomyJsonSchema } from '../../src/schema/index.js';

/** Both Chinese locale modules: the spec's documents carry every built-in locale. */
export const CHINESE = { ...zhHans, ...zhHant };

/** The JSON Schema (draft 2020-12) of what a zod schema accepts as input. */
export const jsonSchema = (schema: z.ZodType): Record<string, unknown> => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return rest;
};

/** The taxonomy document (what `taxonomy.toJSON()` answers, in every locale, with each entry's source). */
export function taxonomyDocument() {
  return withSources(taxonomy.extend({ texts: CHINESE }).toJSON());
}

export function taxonomySchema(id: string) {
  const schema = taxonomyJsonSchema();
  return { ...schema, $id: id, properties: { $schema: { type: 'string' }, version: { type: 'string' }, ...(schema.properties as object) } };
}

/** Every policy: what it governs, its defaults and the JSON Schema of a complete policy (a host passes any part of it, merged over the defaults). */
export function policiesDocument() {
  const policy = (id: string, governs: string, defaults: unknown, schema: z.ZodType) => ({ id, governs, defaults, schema: jsonSchema(schema) });
  return {
    description:
      "`schema` is the JSON Schema of a complete policy, as `defaults` is one and as a host stores one. A function takes any part of it: each field left out takes its default, nested objects field by field; a list given (such as the pool's `rules`) replaces the default list, and the fields its items leave out take their own defaults (a pool rule's `exemptWithDeal` is true, `exemptWithOpportunity` and `onlyAfterPoolClaim` false; an `older_than` condition's `unit` is `day`, an `opportunity_stage` condition's `in` is true).",
    policies: [
      policy('classification', 'classify, classifyAll and explain: the windows, thresholds and models of every classifier', DEFAULT_CLASSIFICATION_POLICY, ClassificationPolicySchema as z.ZodType),
      policy('lifecycle', "the thresholds the lifecycle machines' guards compare facts with (see lifecycle.json)", DEFAULT_LIFECYCLE_POLICY, LifecyclePolicySchema as z.ZodType),
      policy('pool', "the public pool's reclaim rules, claim limits and lock rules (WukongCRM's pool settings)", DEFAULT_POOL_POLICY, PoolPolicySchema as z.ZodType),
      policy('membership', 'the membership programme analysis: fees, discounts and the break-even test', DEFAULT_MEMBERSHIP_POLICY, MembershipPolicySchema as z.ZodType),
    ],
  };
}

const KOTLER_INPUTS: readonly { customers: number; unitMargin: number; cutPoints?: Record<string, number> }[] = [
  ...[0, 99, 100, 9_999, 10_000, 2_000_000].flatMap((customers) => [-0.5, 0, 0.149, 0.15, 0.399, 0.4, 1.2].map((unitMargin) => ({ customers, unitMargin }))),
  { customers: 500, unitMargin: 0.2, cutPoints: { manyCustomersFrom: 500 } },
  { customers: 499, unitMargin: 0.2, cutPoints: { manyCustomersFrom: 500 } },
  { customers: 50, unitMargin: 0.3, cutPoints: { fewCustomersBelow: 50, highMarginFrom: 0.3 } },
  { customers: 10, unitMargin: 0.1, cutPoints: { lowMarginBelow: 0.1, highMarginFrom: 0.1 } },
];

const B2B_CONDITIONS = ['mutualImportance', 'balancedBargainingPower', 'mutualNeed', 'highSwitchingCost'] as const;

function b2bInputs(): B2bFacts[] {
  const inputs: B2bFacts[] = [];
  for (let bits = 0; bits < 16; bits++) {
    const facts = Object.fromEntries(B2B_CONDITIONS.map((c, i) => [c, (bits & (1 << i)) !== 0])) as unknown as B2bFacts;
    inputs.push(facts, { ...facts, alignedVision: true }, { ...facts, alignedVision: false });
  }
  const all = Object.fromEntries(B2B_CONDITIONS.map((c) => [c, true])) as unknown as B2bFacts;
  inputs.push({ ...all, relationshipCost: 120, expectedReturn: 100 }, { ...all, relationshipCost: 100, expectedReturn: 100 }, { ...all, relationshipCost: 120 }, { ...all, expectedReturn: 0, relationshipCost: 0.01 });
  return inputs;
}

/** Kotler's table, its cut points and the B2B fit test, as data. */
export function relationshipDocument(): Readonly<Record<string, unknown>> {
  return {
    kotler: {
      description: 'The level is the cell of the table for the bands of the number of customers and the unit margin. Customers: `few` below fewCustomersBelow, `many` from manyCustomersFrom, else `medium`. Margin: `high` from highMarginFrom, `low` below lowMarginBelow, else `medium`.',
      cutPoints: recommendKotlerLevel({ customers: 0, unitMargin: 0 }).cutPoints,
      table: KOTLER_TABLE,
    },
    b2b: {
      description: 'The first rule whose conditions all hold gives the type. `allConditions` means every one of `conditions` is true. `luxury` is relationshipCost > expectedReturn when both are given; it does not change the type.',
      conditions: B2B_CONDITIONS,
      rules: [
        { when: { allConditions: true, alignedVision: true }, type: 'strategic_alliance' },
        { when: { allConditions: true }, type: 'partnership' },
        { when: { mutualImportance: false, mutualNeed: false, highSwitchingCost: false }, type: 'transactional' },
        { when: {}, type: 'preferred_supplier' },
      ],
    },
  };
}

/** The conformance vectors of `recommendKotlerLevel` and `assessB2bRelationship`. */
export function relationshipVectors() {
  return {
    description: 'recommendKotlerLevel({ customers, unitMargin }, { cutPoints }) on and around every cut point, and assessB2bRelationship(facts) for every combination of the four conditions and alignedVision, and the luxury test.',
    kotler: KOTLER_INPUTS.map(({ cutPoints, ...input }) => {
      const r = recommendKotlerLevel(input, cutPoints === undefined ? {} : { cutPoints });
      return { input, ...(cutPoints === undefined ? {} : { cutPoints }), expect: { level: r.level, alternative: r.alternative, customers: r.cell.customers, margin: r.cell.margin } };
    }),
    b2b: b2bInputs().map((facts) => {
      const r = assessB2bRelationship(facts);
      return { facts, expect: { type: r.type, fitsAbovePreferredSupplier: r.fitsAbovePreferredSupplier, luxury: r.luxury, unmet: r.unmet } };
    }),
  };
}

/** The playbook: each treatment in every locale, with the seed passages behind it. */
export function playbookDocument() {
  return {
    treatments: PLAYBOOK_ROWS.map(([dimension, value, sources]) => ({
      dimension,
      value,
      treatment: Object.fromEntries(LOCALES.map((locale) => [locale, playbook(dimension as DimensionId, value as never, { locale, texts: CHINESE })?.treatment])),
      sources,
    })),
  };
}

/** Every interop table, by its exported name. */
export function interopDocument() {
  const tables = Object.entries(interop)
    .filter(([name, value]) => /^[A-Z_]+$/.test(name) && Array.isArray(value))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    description: 'FROM_* tables map another CRM\'s value to a partial profile of this taxonomy (the first row with the value applies); TO_* tables map a profile to the other CRM\'s value (the first row whose `when` values all match applies; `value: null` means the other CRM cannot hold it). `lossy` marks rows where the two do not mean the same; `note` says why. The other tables list the other CRM\'s values.',
    tables: Object.fromEntries(tables),
  };
}

/** Every message table by module and locale; the template grammar is in docs/i18n.md. */
export function messagesDocument() {
  const modules = [...ALL_TEXTS, PLAYBOOK_TEXTS, CHARTS_TEXTS, zhHans, zhHant];
  return {
    grammar: 'https://unpkg.com/crm-taxonomy/docs/i18n.md#templates',
    locales: LOCALES,
    fallback: 'A tag resolves along its chain: the exact locale, the other Chinese script, then en (docs/i18n.md).',
    messages: Object.fromEntries(
      LOCALES.map((locale) => {
        const merged: Record<string, string> = {};
        for (const tables of modules) Object.assign(merged, tables[locale]);
        return [locale, Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : 1)))];
      }),
    ),
  };
}
