import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DERIVED_DIMENSIONS, EIGHT_CLASS_SEGMENTS, RFM_SEGMENTS } from '../../src/index.js';
import { specFiles } from '../../scripts/spec/files.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('the spec (spec/)', () => {
  const files = specFiles();

  it('is what the library generates now (run `npm run spec` after changing a rule, and review the diff)', () => {
    for (const [path, content] of Object.entries(files)) expect(read(path), path).toEqual(JSON.parse(JSON.stringify(content)));
    const committed = ['spec', 'spec/schemas', 'spec/conformance'].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${dir}/${f}`),
    );
    expect(committed.sort()).toEqual(Object.keys(files).sort());
  });

  it('every document and vector file is valid against its JSON Schema (draft 2020-12)', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const path of Object.keys(files).filter((p) => !p.startsWith('spec/schemas/'))) {
      const document = read(path) as { $schema: string };
      const schemaPath = join(path, '..', document.$schema);
      const validate = ajv.compile(read(schemaPath) as object);
      const ok = validate(document);
      expect(ok, `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('the vectors reach every outcome they claim to cover', () => {
    const scoring = files['spec/conformance/scoring.json'] as {
      segments: { expect: string }[];
      hostMapSegments: { cases: { expect: string | null }[] };
      eightClass: { expect: string }[];
      abc: { expect: { customers: { abcClass: string; negative: boolean; rank: number }[] } }[];
      rfm: { options: { method?: string } }[];
    };
    expect(scoring.segments).toHaveLength(125);
    expect(new Set(scoring.segments.map((c) => c.expect))).toEqual(new Set(RFM_SEGMENTS.segments.map((s) => s.id)));
    expect(scoring.hostMapSegments.cases.some((c) => c.expect === null)).toBe(true);
    expect(new Set(scoring.eightClass.map((c) => c.expect))).toEqual(new Set(EIGHT_CLASS_SEGMENTS.map((c) => c.id)));
    const abc = scoring.abc.flatMap((c) => c.expect.customers);
    expect(new Set(abc.map((c) => c.abcClass))).toEqual(new Set(['a', 'b', 'c']));
    expect(abc.some((c) => c.negative)).toBe(true);
    expect(new Set(scoring.rfm.map((c) => c.options.method ?? 'quantile'))).toEqual(new Set(['quantile', 'ntile', 'thresholds']));

    const pool = files['spec/conformance/pool.json'] as { reclaim: { expect: { reasons: { code: string }[]; checks: { skipped: string | null }[] } }[]; claim: { expect: { code: string } }[] };
    expect(new Set(pool.reclaim.flatMap((c) => c.expect.reasons.map((r) => r.code)))).toEqual(new Set(['pool_due', 'pool_not_due', 'pool_remind', 'pool_exempt']));
    expect(new Set(pool.reclaim.flatMap((c) => c.expect.checks.map((k) => k.skipped)))).toEqual(
      new Set([null, 'locked', 'other_level', 'not_from_pool', 'has_deal', 'has_opportunity', 'stage', 'outside_window']),
    );
    expect(new Set(pool.claim.map((c) => c.expect.code))).toEqual(new Set(['pool_claim_allowed', 'pool_claim_over_quota', 'pool_claim_daily_limit', 'pool_claim_over_daily_limit', 'pool_claim_previous_owner_wait', 'pool_claim_new_in_pool_wait']));

    const classification = files['spec/conformance/classification.json'] as { cases: { expect: Record<string, { known: boolean }> }[] };
    for (const dimension of DERIVED_DIMENSIONS) {
      expect(new Set(classification.cases.map((c) => c.expect[dimension]!.known)), dimension).toEqual(new Set([true, false]));
    }
  });
});
