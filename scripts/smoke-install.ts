/**
 * Installs the packed tarball into empty projects and uses it from ESM (`import`), CJS
 * (`require`) and TypeScript (moduleResolution node16 and bundler). Offline: the tarball is
 * unpacked into node_modules and zod (the peer dependency) is linked from this repo.
 * Run by `npm test` after the build: `npm run smoke`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const work = join(repo, '.smoke');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
) as { filename: string; files: { path: string }[] }[];
const tarball = join(work, packed[0]?.filename ?? '');
const files = packed[0]?.files.map((f) => f.path) ?? [];
// The guides ship (their Markdown and the README's pictures), so every link of the READMEs resolves
// inside the published package; the generated API reference, sources and data do not.
const leaked = files.filter((f) => (/^(test|bench|examples|src|docs)\//.test(f) && !/^docs\/([\w-]+\/)?[\w.-]+\.(md|svg)$/.test(f)) || /^docs\/api\//.test(f) || /\.(csv|txt)$/.test(f));
if (leaked.length > 0) throw new Error(`The tarball must not ship ${leaked.join(', ')}`);
const shipped = new Set(files);
const unpacked = join(work, 'unpacked');
mkdirSync(unpacked);
execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
// The README is the npm page, where relative links resolve nowhere without a repository: the
// packed one links to the published package's own files at its version (scripts/readme-links.mjs).
const { name, version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { name: string; version: string };
const own = `https://cdn.jsdelivr.net/npm/${name}@${version}/`;
for (const page of files.filter((f) => f.endsWith('.md'))) {
  const text = readFileSync(join(unpacked, page), 'utf8');
  for (const [, link] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
    let target = link!;
    if (target.startsWith(own)) target = `/${target.slice(own.length)}`;
    else if (/^[a-z]+:/.test(target)) continue; // an outside address
    else if (page === 'README.md') throw new Error(`README.md links to ${target}: relative on the npm page, where it resolves nowhere`);
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(page), target));
    if (!shipped.has(resolved) && !files.some((f) => f.startsWith(`${resolved}/`))) throw new Error(`${page} links to ${link}, which the tarball lacks`);
  }
}
if (readFileSync(join(unpacked, 'README.md'), 'utf8') === readFileSync(join(repo, 'README.md'), 'utf8')) throw new Error('npm pack left README.md rewritten, or did not rewrite it');

const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

function project(name: string, pkg: object, sources: Record<string, string>, tsconfig?: object): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'node_modules', 'crm-taxonomy'), { recursive: true });
  run('tar', ['-xzf', tarball, '-C', join(dir, 'node_modules', 'crm-taxonomy'), '--strip-components=1'], dir);
  symlinkSync(join(repo, 'node_modules', 'zod'), join(dir, 'node_modules', 'zod'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, ...pkg }));
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(dir, file), text);
  if (tsconfig !== undefined) writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  return dir;
}

const check = `
if (parse('loyalty', 'loyal') !== 'loyal') throw new Error('parse');
if (label('value_tier', 'vip', 'zh-Hant') !== 'VIP customer') throw new Error('label without the locale module');
if (label('value_tier', 'vip', { locale: 'zh-TW', texts: zhHant }) !== '貴賓客戶') throw new Error('label');
let code;
try { parse('loyalty', 'gold'); } catch (e) { code = e.code; }
if (code !== 'invalid_value') throw new Error('error code');
if (!taxonomySchemas().status.safeParse('lost').success) throw new Error('schema');
if (!playbook('loyalty', 'new').treatment.startsWith('Care')) throw new Error('crm-taxonomy/playbook');
if (!Object.isFrozen(DEFAULT_POOL_POLICY) || typeof customerValue !== 'function' || typeof fitBgNbd !== 'function') throw new Error('concept entries');
`;

const esm = project('esm', { type: 'module' }, {
  'index.mjs': `import { parse, label } from 'crm-taxonomy';
import { taxonomySchemas } from 'crm-taxonomy/schema';
import { zhHant } from 'crm-taxonomy/locales/zh-Hant';
import { fitBgNbd } from 'crm-taxonomy/clv';
import { customerValue } from 'crm-taxonomy/analysis';
import { playbook } from 'crm-taxonomy/playbook';
import { DEFAULT_POOL_POLICY } from 'crm-taxonomy/pool';
import document from 'crm-taxonomy/taxonomy.json' with { type: 'json' };
${check}
if (!document.dimensions.some((d) => d.id === 'kotler_level')) throw new Error('json');
console.log('esm ok');
`,
});
process.stdout.write(run('node', ['index.mjs'], esm));

const cjs = project('cjs', { type: 'commonjs' }, {
  'index.cjs': `const { parse, label } = require('crm-taxonomy');
const { taxonomySchemas } = require('crm-taxonomy/schema');
const { zhHant } = require('crm-taxonomy/locales/zh-Hant');
const { fitBgNbd } = require('crm-taxonomy/clv');
const { customerValue } = require('crm-taxonomy/analysis');
const { playbook } = require('crm-taxonomy/playbook');
const { DEFAULT_POOL_POLICY } = require('crm-taxonomy/pool');
const document = require('crm-taxonomy/taxonomy.json');
${check}
if (!document.dimensions.some((d) => d.id === 'kotler_level')) throw new Error('json');
console.log('cjs ok');
`,
});
process.stdout.write(run('node', ['index.cjs'], cjs));

const tsSource = `import { parse, label, taxonomy, type LoyaltyLevel } from 'crm-taxonomy';
import { taxonomySchemas } from 'crm-taxonomy/schema';
import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
import { reclaimStatus, type PoolFacts } from 'crm-taxonomy/pool';
const level: LoyaltyLevel = parse('loyalty', 'loyal');
const chinese: string = label('loyalty', level, { locale: 'zh-Hans', texts: zhHans });
// @ts-expect-error 'gold' is not a value tier
label('value_tier', 'gold');
const bank = taxonomy.extend({ values: { loyalty: [{ id: 'ambassador', label: { en: 'Ambassador' }, description: { en: 'Recruits' } }] } });
const extended: ReturnType<typeof bank.parse<'loyalty'>> = 'ambassador';
const schema = taxonomySchemas().status;
const facts: PoolFacts = { receivedAt: '2026-01-05' };
export const used = [level, chinese, extended, schema, reclaimStatus(facts, { asOf: '2026-07-01' }).due];
`;
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
for (const [name, options] of [
  ['ts-node16', { module: 'node16', moduleResolution: 'node16' }],
  ['ts-bundler', { module: 'esnext', moduleResolution: 'bundler' }],
] as const) {
  const dir = project(name, { type: 'module' }, { 'index.ts': tsSource }, {
    compilerOptions: { ...options, strict: true, noEmit: true, target: 'es2022', skipLibCheck: false, types: [] },
    include: ['index.ts'],
  });
  run(process.execPath, [tsc, '-p', dir], dir);
  console.log(`${name} ok`);
}
const cts = project('ts-node16-cjs', { type: 'commonjs' }, { 'index.cts': tsSource }, {
  compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, target: 'es2022', types: [] },
  include: ['index.cts'],
});
run(process.execPath, [tsc, '-p', cts], cts);
console.log('ts-node16-cjs ok');
rmSync(work, { recursive: true, force: true });
console.log(`smoke: the packed tarball (${files.length} files) works from ESM, CJS and TypeScript (node16, bundler)`);
