/** Every file of the spec, by path, as the library generates it now. */
import { z } from 'zod';
import { MachineDocumentSchema } from '../../src/schema/index.js';
import { interopDocument, messagesDocument, playbookDocument, policiesDocument, relationshipDocument, relationshipVectors, taxonomyDocument, taxonomySchema } from './domain.js';
import { lifecycleDocument, lifecycleVectors } from './lifecycle.js';
import { classificationVectors } from './classification.js';
import { poolVectors } from './pool.js';
import { scoringDocument, scoringVectors } from './scoring.js';

const SPEC_VERSION = '0.2.0';
const id = (name: string): string => `https://unpkg.com/crm-taxonomy@${SPEC_VERSION}/spec/${name}`;

const document = <T extends object>(name: string, body: T): T & { $schema: string; version: string } => ({ $schema: `./schemas/${name}.schema.json`, version: SPEC_VERSION, ...body });

const schema = (name: string, title: string, body: Record<string, unknown>) => ({
  [`spec/schemas/${name}.schema.json`]: { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id(`schemas/${name}.schema.json`), title, ...body },
});

/** A JSON Schema of a document: the `$schema` and `version` every document carries, and its own properties. */
const documentSchema = (required: readonly string[], properties: Record<string, unknown>, defs?: Record<string, unknown>) => ({
  type: 'object',
  required: ['$schema', 'version', ...required],
  properties: { $schema: { type: 'string' }, version: { type: 'string' }, ...properties },
  ...(defs === undefined ? {} : { $defs: defs }),
});

const text = { type: 'string' };
const texts = { type: 'object', additionalProperties: text };
const localized = { type: 'object', required: ['en', 'zh-Hans', 'zh-Hant'], additionalProperties: text };
const sources = { type: 'array', items: { type: 'object', required: ['seed'], properties: { seed: text } } };
const profile = { type: 'object', additionalProperties: text };

function domainFiles(): Record<string, unknown> {
  return {
    'spec/taxonomy.json': document('taxonomy', taxonomyDocument()),
    'spec/schemas/taxonomy.schema.json': taxonomySchema(id('schemas/taxonomy.schema.json')),
    'spec/policies.json': document('policies', policiesDocument()),
    ...schema('policies', 'crm-taxonomy policies', documentSchema(['policies'], {
      policies: { type: 'array', items: { type: 'object', required: ['id', 'governs', 'defaults', 'schema'], properties: { id: text, governs: text, defaults: { type: 'object' }, schema: { type: 'object' } } } },
    })),
    'spec/relationship.json': document('relationship', relationshipDocument()),
    ...schema('relationship', "crm-taxonomy relationship levels: Kotler's table and the B2B fit test", documentSchema(['kotler', 'b2b'], {
      kotler: {
        type: 'object',
        required: ['cutPoints', 'table'],
        properties: {
          cutPoints: { type: 'object', required: ['fewCustomersBelow', 'manyCustomersFrom', 'lowMarginBelow', 'highMarginFrom'], additionalProperties: { type: 'number' } },
          table: { type: 'array', items: { type: 'object', required: ['customers', 'margin', 'level', 'alternative'], properties: { customers: { enum: ['few', 'medium', 'many'] }, margin: { enum: ['low', 'medium', 'high'] }, level: text, alternative: { type: ['string', 'null'] } } } },
        },
      },
      b2b: { type: 'object', required: ['conditions', 'rules'], properties: { conditions: { type: 'array', items: text }, rules: { type: 'array', items: { type: 'object', required: ['when', 'type'], properties: { when: { type: 'object', additionalProperties: { type: 'boolean' } }, type: text } } } } },
    })),
    'spec/conformance/relationship.json': { $schema: '../schemas/conformance-relationship.schema.json', version: SPEC_VERSION, ...relationshipVectors() },
    ...schema('conformance-relationship', 'crm-taxonomy conformance vectors: recommendKotlerLevel and assessB2bRelationship', documentSchema(['description', 'kotler', 'b2b'], {
      description: text,
      kotler: { type: 'array', items: { type: 'object', required: ['input', 'expect'], properties: { input: { type: 'object', required: ['customers', 'unitMargin'] }, cutPoints: { type: 'object' }, expect: { type: 'object', required: ['level', 'alternative', 'customers', 'margin'] } } } },
      b2b: { type: 'array', items: { type: 'object', required: ['facts', 'expect'], properties: { facts: { type: 'object' }, expect: { type: 'object', required: ['type', 'fitsAbovePreferredSupplier', 'luxury', 'unmet'] } } } },
    })),
    'spec/playbook.json': document('playbook', playbookDocument()),
    ...schema('playbook', 'crm-taxonomy playbook: the seeds\' treatments', documentSchema(['treatments'], {
      treatments: { type: 'array', items: { type: 'object', required: ['dimension', 'value', 'treatment', 'sources'], properties: { dimension: text, value: text, treatment: localized, sources } } },
    })),
    'spec/interop.json': document('interop', interopDocument()),
    ...schema('interop', "crm-taxonomy mappings to other CRMs' fields", documentSchema(['tables'], {
      tables: {
        type: 'object',
        additionalProperties: {
          type: 'array',
          items: {
            anyOf: [
              { type: ['string', 'number'] },
              { type: 'object', required: ['value', 'profile', 'lossy', 'note'], properties: { profile, lossy: { type: 'boolean' }, note: text } },
              { type: 'object', required: ['when', 'value', 'lossy', 'note'], properties: { when: profile, lossy: { type: 'boolean' }, note: text } },
              { type: 'object' },
            ],
          },
        },
      },
    })),
    'spec/messages.json': document('messages', messagesDocument()),
    ...schema('messages', 'crm-taxonomy message tables', documentSchema(['locales', 'messages'], {
      grammar: text,
      locales: { type: 'array', items: text },
      fallback: text,
      messages: { type: 'object', required: ['en', 'zh-Hans', 'zh-Hant'], additionalProperties: texts },
    })),
  };
}

/** A list of vector cases: objects with exactly these properties. */
const caseList = (required: readonly string[], properties: Record<string, unknown>) => ({ type: 'array', items: { type: 'object', additionalProperties: false, required, properties } });
const range = { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 2, maxItems: 2 };
const scores = { type: 'object', required: ['r', 'f', 'm'], additionalProperties: false, properties: { r: { type: 'integer' }, f: { type: 'integer' }, m: { type: 'integer' } } };
const segmentMap = {
  type: 'object',
  required: ['scale', 'segments', 'rules'],
  properties: {
    scale: { type: 'integer', minimum: 2 },
    segments: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: text, domain: { type: 'object', properties: { status: text, loyalty: text } } } } },
    rules: { type: 'array', items: { type: 'object', required: ['segment', 'r', 'f', 'm'], properties: { segment: text, r: range, f: range, m: range } } },
  },
};
const metrics = { type: 'object', required: ['recencyDays', 'frequency', 'monetary'], properties: { recencyDays: { type: 'number', minimum: 0 }, frequency: { type: 'number', minimum: 0 }, monetary: { type: 'number' } } };
const centers = { type: 'object', required: ['recency', 'frequency', 'monetary'], additionalProperties: { type: 'number' } };
const customerId = { type: ['string', 'number'] };
const abcClass = { enum: ['a', 'b', 'c'] };
const cuts = { type: 'array', items: { type: 'number', exclusiveMinimum: 0, maximum: 1 }, minItems: 2, maxItems: 2 };
const bins = { type: 'object', required: ['thresholds', 'counts'], properties: { thresholds: { type: 'array', items: { type: 'number' } }, counts: { type: 'array', items: { type: 'integer', minimum: 0 } } } };

function scoringFiles(): Record<string, unknown> {
  return {
    'spec/scoring.json': document('scoring', scoringDocument()),
    ...schema('scoring', 'crm-taxonomy scoring: RFM segments, the eight classes, ABC cut points and value tiers, the RFM model', documentSchema(['rfm', 'segments', 'eightClass', 'abc'], {
      rfm: {
        type: 'object',
        required: ['policy', 'scoring', 'model'],
        properties: {
          description: text,
          policy: { type: 'object', required: ['defaults'], properties: { defaults: texts } },
          scoring: { type: 'object', required: ['defaults', 'methods'], properties: { defaults: { type: 'object', required: ['scores', 'method'] }, methods: { type: 'array', items: text } } },
          model: { type: 'object', required: ['schema'], properties: { schema: { type: 'object' } } },
        },
      },
      segments: { type: 'object', required: ['map'], properties: { description: text, map: segmentMap } },
      eightClass: {
        type: 'object',
        required: ['centers', 'classes'],
        properties: {
          description: text,
          centers: { type: 'array', items: { enum: ['mean', 'median'] } },
          classes: { type: 'array', minItems: 8, maxItems: 8, items: { type: 'object', required: ['id', 'high'], properties: { id: text, high: { type: 'object', required: ['r', 'f', 'm'], additionalProperties: { type: 'boolean' } } } } },
        },
      },
      abc: {
        type: 'object',
        required: ['defaults', 'valueTier'],
        properties: {
          description: text,
          defaults: { type: 'object', required: ['by', 'cuts', 'maxA'], properties: { by: { enum: ['value', 'customers'] }, cuts: { type: 'object', required: ['value', 'customers'], additionalProperties: cuts }, maxA: { type: ['integer', 'null'] } } },
          valueTier: { type: 'object', required: ['a', 'b', 'c'], additionalProperties: text },
        },
      },
    })),
    'spec/conformance/scoring.json': { $schema: '../schemas/conformance-scoring.schema.json', version: SPEC_VERSION, ...scoringVectors() },
    ...schema('conformance-scoring', 'crm-taxonomy conformance vectors: rfmSegment, eightClass, fitAbcFromValues and fitRfm', documentSchema(['description', 'segments', 'hostMapSegments', 'eightClass', 'abc', 'rfm'], {
      description: text,
      segments: { type: 'array', items: { $ref: '#/$defs/segmentCase' } },
      hostMapSegments: { type: 'object', required: ['map', 'cases'], properties: { map: segmentMap, cases: { type: 'array', items: { $ref: '#/$defs/segmentCase' } } } },
      eightClass: caseList(['metrics', 'centers', 'expect'], { metrics, centers, expect: text }),
      abc: caseList(['name', 'values', 'expect'], {
        name: text,
        values: { type: 'array', items: { type: 'object', required: ['customerId', 'value'], properties: { customerId, value: { type: 'number' } } } },
        options: { type: 'object', additionalProperties: false, properties: { by: { enum: ['value', 'customers'] }, cuts, maxA: { type: ['integer', 'null'], minimum: 0 } } },
        expect: {
          type: 'object',
          required: ['customers', 'counts', 'totalPositiveValue'],
          properties: {
            customers: caseList(['customerId', 'rank', 'abcClass', 'valueTier', 'negative', 'share', 'cumulativeShare'], { customerId, rank: { type: 'integer', minimum: 1 }, abcClass, valueTier: text, negative: { type: 'boolean' }, share: { type: 'number' }, cumulativeShare: { type: 'number' } }),
            counts: { type: 'object', required: ['a', 'b', 'c'], additionalProperties: { type: 'integer', minimum: 0 } },
            totalPositiveValue: { type: 'number', minimum: 0 },
          },
        },
      }),
      rfm: caseList(['name', 'transactions', 'options', 'expect'], {
        name: text,
        transactions: { type: 'array', items: { type: 'object', required: ['customerId', 'at', 'amount'], properties: { customerId, at: text, amount: { type: 'number' } } } },
        options: { type: 'object', required: ['asOf'], properties: { asOf: text, scores: { type: 'integer', minimum: 2, maximum: 100 }, method: { enum: ['quantile', 'ntile', 'thresholds'] }, thresholds: { type: 'object' }, policy: { type: 'object' } } },
        expect: {
          type: 'object',
          required: ['customers', 'recency', 'frequency', 'monetary', 'mean', 'median'],
          properties: {
            customers: { type: 'array', items: { allOf: [metrics, { type: 'object', required: ['customerId', 'r', 'f', 'm'], properties: { customerId, r: { type: 'integer', minimum: 1 }, f: { type: 'integer', minimum: 1 }, m: { type: 'integer', minimum: 1 } } }] } },
            recency: bins,
            frequency: bins,
            monetary: bins,
            mean: centers,
            median: centers,
          },
        },
      }),
    }, { segmentCase: { type: 'object', additionalProperties: false, required: ['scores', 'expect'], properties: { scores, expect: { type: ['string', 'null'] } } } })),
  };
}

const reason = { type: 'object', required: ['code'], properties: { code: text, params: { type: 'object' } } };
const nullableText = { type: ['string', 'null'] };
const nullableInt = { type: ['integer', 'null'] };

/** The conformance vectors of the public pool and of the classification. */
function decisionFiles(): Record<string, unknown> {
  return {
    'spec/conformance/pool.json': { $schema: '../schemas/conformance-pool.schema.json', version: SPEC_VERSION, ...poolVectors() },
    ...schema('conformance-pool', 'crm-taxonomy conformance vectors: reclaimStatus and canClaim', documentSchema(['description', 'reclaim', 'claim'], {
      description: text,
      reclaim: caseList(['name', 'facts', 'asOf', 'expect'], {
        name: text,
        facts: { type: 'object', required: ['receivedAt'] },
        asOf: text,
        policy: { type: 'object' },
        expect: {
          type: 'object',
          additionalProperties: false,
          required: ['due', 'dueDate', 'dueAfter', 'daysLeft', 'ruleId', 'remindOn', 'remind', 'exempt', 'checks', 'reasons'],
          properties: {
            due: { type: 'boolean' },
            dueDate: nullableText,
            dueAfter: nullableText,
            daysLeft: nullableInt,
            ruleId: nullableText,
            remindOn: nullableText,
            remind: { type: 'boolean' },
            exempt: { type: 'boolean' },
            checks: caseList(['ruleId', 'applies', 'skipped', 'countsFrom', 'dueDate', 'daysLeft'], { ruleId: text, applies: { type: 'boolean' }, skipped: nullableText, countsFrom: nullableText, dueDate: nullableText, daysLeft: nullableInt }),
            reasons: { type: 'array', items: { ...reason, properties: { ...reason.properties, code: { enum: ['pool_due', 'pool_not_due', 'pool_remind', 'pool_exempt'] } } } },
          },
        },
      }),
      claim: caseList(['name', 'request', 'asOf', 'expect'], {
        name: text,
        request: { type: 'object', required: ['claimant'] },
        asOf: text,
        policy: { type: 'object' },
        expect: { type: 'object', additionalProperties: false, required: ['ok', 'code', 'params', 'allowedFrom', 'allowedAt'], properties: { ok: { type: 'boolean' }, code: { type: 'string', pattern: '^pool_claim_' }, params: { type: 'object' }, allowedFrom: nullableText, allowedAt: nullableText } },
      }),
    })),
    'spec/conformance/classification.json': { $schema: '../schemas/conformance-classification.schema.json', version: SPEC_VERSION, ...classificationVectors() },
    ...schema('conformance-classification', 'crm-taxonomy conformance vectors: classify', documentSchema(['description', 'asOf', 'population', 'valueModel', 'cases'], {
      description: text,
      asOf: text,
      population: { type: 'array', items: { type: 'object', required: ['customerId', 'value'], properties: { customerId, value: { type: 'number' } } } },
      valueModel: { type: 'object', required: ['kind'] },
      cases: caseList(['name', 'facts', 'expect'], {
        name: text,
        facts: { type: 'object' },
        policy: { type: 'object' },
        valueModel: { const: true },
        expect: {
          type: 'object',
          additionalProperties: caseList(['known', 'value', 'source', 'reasons'], { known: { type: 'boolean' }, value: nullableText, source: { enum: ['derived', 'given'] }, reasons: { type: 'array', items: reason } }).items,
        },
      }),
    })),
  };
}

export function specFiles(): Record<string, unknown> {
  const machine = z.toJSONSchema(MachineDocumentSchema as z.ZodType, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...domainFiles(),
    ...scoringFiles(),
    ...decisionFiles(),
    'spec/lifecycle.json': document('lifecycle', lifecycleDocument()),
    'spec/schemas/lifecycle.schema.json': {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: id('schemas/lifecycle.schema.json'),
      title: 'crm-taxonomy lifecycle machines',
      type: 'object',
      required: ['$schema', 'version', 'refusalCodes', 'policy', 'machines'],
      properties: {
        $schema: { type: 'string' },
        version: { type: 'string' },
        refusalCodes: { type: 'array', items: { type: 'string' } },
        policy: { type: 'object', required: ['defaults'], properties: { defaults: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } } } },
        machines: { type: 'array', items: { $ref: '#/$defs/machine' } },
      },
      $defs: { machine: { ...machine, $schema: undefined } },
    },
    'spec/conformance/lifecycle.json': { $schema: '../schemas/conformance-lifecycle.schema.json', version: SPEC_VERSION, ...lifecycleVectors() },
    'spec/schemas/conformance-lifecycle.schema.json': {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: id('schemas/conformance-lifecycle.schema.json'),
      title: 'crm-taxonomy conformance vectors: can',
      type: 'object',
      required: ['$schema', 'version', 'description', 'machines'],
      properties: {
        $schema: { type: 'string' },
        version: { type: 'string' },
        description: { type: 'string' },
        machines: {
          type: 'array',
          items: {
            type: 'object',
            required: ['machine', 'cases'],
            properties: {
              machine: { type: 'string' },
              cases: caseList(['name', 'from', 'move', 'expect'], {
                name: { type: 'string' },
                from: {},
                move: { anyOf: [{ type: 'string' }, { type: 'object', required: ['to'], properties: { to: {} } }] },
                facts: { type: 'object' },
                policy: { type: 'object', additionalProperties: { type: 'number' } },
                expect: {
                  type: 'object',
                  required: ['ok'],
                  properties: {
                    ok: { type: 'boolean' },
                    to: { type: 'string' },
                    event: { type: 'string' },
                    code: { enum: ['unknown_state', 'no_such_event', 'edge_not_allowed', 'edge_forbidden', 'guard_failed'] },
                    guard: { type: 'string' },
                    detail: { enum: ['refusal', 'missing'] },
                    missing: { type: 'array', items: { type: 'string' } },
                  },
                },
              }),
            },
          },
        },
      },
    },
  };
}
