import { CHINESE } from '../support/locales.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BUILTIN_DIMENSIONS, taxonomy } from '../../src/index.js';
import { TaxonomyDocumentSchema, taxonomyJsonSchema, taxonomySchemas } from '../../src/schema/index.js';
import { withSources } from '../../src/taxonomy/provenance.js';

describe('the taxonomy as JSON', () => {
  // The spec's document: the built-in taxonomy with both Chinese locale modules.
  const document = taxonomy.extend({ texts: CHINESE }).toJSON();

  it('holds every dimension and value with ranks, texts and sources', () => {
    expect(document.dimensions.map((d) => d.id)).toEqual(BUILTIN_DIMENSIONS.map((d) => d.id));
    for (const dimension of BUILTIN_DIMENSIONS) {
      const json = document.dimensions.find((d) => d.id === dimension.id)!;
      expect(json.ordered).toBe(dimension.ordered);
      expect(json.values.map((v) => v.id)).toEqual(dimension.values.map((v) => v.id));
      json.values.forEach((v, i) => {
        expect(v.rank).toBe(dimension.ordered ? i : undefined);
        expect(Object.keys(v.label)).toEqual(expect.arrayContaining(['en', 'zh-Hans', 'zh-Hant']));
      });
    }
  });

  it('round-trips through JSON text and validates against its schema', () => {
    const parsed: unknown = JSON.parse(JSON.stringify(document));
    expect(parsed).toEqual(document);
    expect(TaxonomyDocumentSchema.parse(parsed)).toEqual(document);
  });

  it('has a JSON Schema with one enum per dimension', () => {
    const schema = taxonomyJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const dimension of BUILTIN_DIMENSIONS) {
      expect(schema.$defs[dimension.id]).toMatchObject({ type: 'string', enum: dimension.values.map((v) => v.id) });
    }
    // The schema accepts the document (checked by zod reading the JSON Schema back).
    const back = z.fromJSONSchema ? z.fromJSONSchema(schema as never) : undefined;
    if (back !== undefined) expect(back.safeParse(JSON.parse(JSON.stringify(document))).success).toBe(true);
  });

  it('derives a zod schema per dimension', () => {
    const schemas = taxonomySchemas();
    expect(schemas.loyalty.parse('loyal')).toBe('loyal');
    expect(schemas.loyalty.safeParse('gold').success).toBe(false);
    const extended = taxonomySchemas(
      taxonomy.extend({ values: { loyalty: [{ id: 'ambassador', label: { en: 'A' } }] } }),
    );
    expect(extended.loyalty.parse('ambassador')).toBe('ambassador');
  });

  it('carries the locales whose tables it has: English alone without the locale modules', () => {
    const english = taxonomy.toJSON();
    expect(english.locales).toEqual(['en']);
    expect(english.dimensions[0]?.values[0]?.label).toEqual({ en: document.dimensions[0]?.values[0]?.label.en });
    expect(Object.keys(document.dimensions[0]?.values[0]?.label ?? {})).toEqual(['en', 'zh-Hans', 'zh-Hant']);
  });

  it('ships as crm-taxonomy/taxonomy.json and crm-taxonomy/spec/taxonomy.json (one file)', () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./taxonomy.json']).toBe('./spec/taxonomy.json');
    expect(pkg.exports['./taxonomy.schema.json']).toBe('./spec/schemas/taxonomy.schema.json');
    const { $schema, version, ...rest } = JSON.parse(readFileSync(join(process.cwd(), 'spec/taxonomy.json'), 'utf8')) as Record<string, unknown>;
    expect($schema).toBe('./schemas/taxonomy.schema.json');
    expect(typeof version).toBe('string');
    expect(rest).toEqual(JSON.parse(JSON.stringify(withSources(document))));
    expect(TaxonomyDocumentSchema.parse(rest)).toEqual(rest);
  });

  it('leaves provenance out of toJSON(): the published file has it, bundles do not', () => {
    expect(document.dimensions.some((d) => 'source' in d || d.values.some((v) => 'source' in v))).toBe(false);
    const sourced = withSources(document);
    expect(sourced.dimensions.every((d) => d.source !== undefined && d.values.every((v) => v.source !== undefined))).toBe(true);
    const host = withSources(taxonomy.extend({ dimensions: [{ id: 'channel', kind: 'classification', ordered: false, label: { en: 'Channel' }, values: [{ id: 'web', label: { en: 'Web' } }] }] }).toJSON());
    const channel = host.dimensions.find((d) => d.id === 'channel')!;
    expect([channel.source, channel.values[0]?.source]).toEqual([[{ seed: 'added' }], [{ seed: 'added' }]]);
  });
});

describe('taxonomy.extend({ texts })', () => {
  it('speaks the tables it is given, and checks them at the boundary with the offending path', () => {
    const ja = { ja: { 'taxonomy.status.lost.label': '離反顧客' } };
    const host = taxonomy.extend({ texts: [ja, CHINESE] });
    expect(host.label('status', 'lost', 'ja-JP')).toBe('離反顧客');
    expect(host.label('status', 'lost', 'zh-TW')).toBe('流失客戶');
    expect(host.locales).toEqual(['en', 'ja', 'zh-Hans', 'zh-Hant']);
    const thrown = (texts: unknown): unknown => {
      try {
        taxonomy.extend({ texts: texts as never });
      } catch (error) {
        return { code: (error as { code: string }).code, path: (error as { path: unknown }).path };
      }
      return undefined;
    };
    expect(thrown([ja, { 'not a tag': {} }])).toEqual({ code: 'invalid_extension', path: ['texts', 1, 'not a tag'] });
    expect(thrown({ ja: { key: 5 } })).toEqual({ code: 'invalid_extension', path: ['texts', 'ja', 'key'] });
    expect(thrown(7)).toEqual({ code: 'invalid_extension', path: ['texts'] });
  });
});

describe('texts given as a list', () => {
  it('reports a hole in the list as invalid, where the tables are checked', async () => {
    const { machineToJSON, kotlerLevelMachine } = await import('../../src/index.js');
    const { CrmTaxonomyError } = await import('../../src/errors/index.js');
    const sparse = [, CHINESE] as unknown as readonly Record<string, Record<string, string>>[];
    const caught = (f: () => unknown): unknown => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(CrmTaxonomyError);
        return { code: (error as InstanceType<typeof CrmTaxonomyError>).code, path: (error as InstanceType<typeof CrmTaxonomyError>).path };
      }
      return 'no error';
    };
    expect(caught(() => machineToJSON(kotlerLevelMachine, { texts: sparse }))).toEqual({ code: 'invalid_argument', path: ['options', 'texts', 0] });
    expect(caught(() => taxonomy.extend({ texts: sparse }))).toEqual({ code: 'invalid_extension', path: ['texts', 0] });
  });
});
