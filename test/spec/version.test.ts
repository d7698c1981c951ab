import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The spec is versioned with the package (docs/spec.md): every document carries the version the
// pending changesets release — what `changeset version` will write into package.json — or the
// package's own when none is pending. So the `$id`s (unpkg.com/crm-taxonomy@<version>/spec/…)
// name the release the documents ship in.

const root = join(import.meta.dirname, '..', '..');
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** The version changesets releases next, by the highest bump pending (on 0.x too: a minor bumps the minor, a major goes to 1.0.0). */
function nextVersion(version: string, bumps: readonly string[]): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (bumps.includes('major')) return `${major + 1}.0.0`;
  if (bumps.includes('minor')) return `${major}.${minor + 1}.0`;
  if (bumps.includes('patch')) return `${major}.${minor}.${patch + 1}`;
  return version;
}

describe('the spec’s version', () => {
  const dir = join(root, '.changeset');
  const bumps = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^['"]crm-taxonomy['"]:\s*(major|minor|patch)\s*$/gm)].map((m) => m[1]!));
  const expected = nextVersion(packageVersion, bumps);

  it('is the version the pending changesets release, in every spec document', () => {
    const documents = [...readdirSync(join(root, 'spec')).filter((f) => f.endsWith('.json')), ...readdirSync(join(root, 'spec', 'conformance')).map((f) => `conformance/${f}`)];
    expect(documents).toHaveLength(13);
    for (const f of documents) expect((JSON.parse(readFileSync(join(root, 'spec', f), 'utf8')) as { version: string }).version, f).toBe(expected);
  });

  it('names that release in every schema’s $id', () => {
    const schemas = readdirSync(join(root, 'spec', 'schemas'));
    expect(schemas).toHaveLength(13);
    for (const f of schemas) expect((JSON.parse(readFileSync(join(root, 'spec', 'schemas', f), 'utf8')) as { $id: string }).$id).toBe(`https://unpkg.com/crm-taxonomy@${expected}/spec/schemas/${f}`);
  });
});
