/** Every file of the spec, by path, as the library generates it now. */
import { z } from 'zod';
import { MachineDocumentSchema } from '../../src/schema/index.js';
import { lifecycleDocument, lifecycleVectors } from './lifecycle.js';

const SPEC_VERSION = '0.2.0';
const id = (name: string): string => `https://unpkg.com/crm-taxonomy@${SPEC_VERSION}/spec/${name}`;

const document = <T extends object>(name: string, body: T): T & { $schema: string; version: string } => ({ $schema: `./schemas/${name}.schema.json`, version: SPEC_VERSION, ...body });

export function specFiles(): Record<string, unknown> {
  const machine = z.toJSONSchema(MachineDocumentSchema as z.ZodType, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
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
              cases: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['name', 'from', 'move', 'expect'],
                  properties: {
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
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
