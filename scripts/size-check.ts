/**
 * What one import costs a consumer: bundles a few single-import entry points against the built
 * package (dist/) with esbuild (minified, tree-shaken, for the browser), checks that none pulls in
 * zod (only `crm-taxonomy/schema` may), and holds each to a gzipped size budget.
 * Run by `npm test` after the build: `npm run size`.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cases: { name: string; code: string; budgetKb: number; zod?: true }[] = [
  { name: "import { CrmTaxonomyError } from 'crm-taxonomy'", code: "import { CrmTaxonomyError } from 'crm-taxonomy'; console.log(CrmTaxonomyError);", budgetKb: 2 },
  { name: "import { parse } from 'crm-taxonomy'", code: "import { parse } from 'crm-taxonomy'; console.log(parse);", budgetKb: 24 },
  { name: "import { fitRfm } from 'crm-taxonomy'", code: "import { fitRfm } from 'crm-taxonomy'; console.log(fitRfm);", budgetKb: 10 },
  { name: "import { fitBgNbd } from 'crm-taxonomy'", code: "import { fitBgNbd } from 'crm-taxonomy'; console.log(fitBgNbd);", budgetKb: 5 },
  { name: "import { classify } from 'crm-taxonomy'", code: "import { classify } from 'crm-taxonomy'; console.log(classify);", budgetKb: 38 },
  { name: "import * from 'crm-taxonomy'", code: "import * as all from 'crm-taxonomy'; console.log(all);", budgetKb: 100 },
  { name: "import { taxonomySchemas } from 'crm-taxonomy/schema'", code: "import { taxonomySchemas } from 'crm-taxonomy/schema'; console.log(taxonomySchemas);", budgetKb: 30, zod: true },
];
let failed = 0;
for (const c of cases) {
  const result = await build({
    stdin: { contents: c.code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: ['zod'],
    logLevel: 'silent',
    tsconfigRaw: {}, // resolve 'crm-taxonomy' through package.json exports (dist/), not tsconfig paths
  });
  const text = result.outputFiles[0]?.text ?? '';
  const kb = gzipSync(text).length / 1024;
  const hasZod = !c.zod && /from\s*"zod"|require\("zod"\)/.test(text);
  // (zod itself is never counted: the schema entry's consumers bring it as a peer dependency)
  const over = kb > c.budgetKb;
  if (hasZod || over) failed++;
  console.log(`${over || hasZod ? 'FAIL' : 'ok  '} ${kb.toFixed(1).padStart(5)} KB gz (budget ${c.budgetKb}) ${c.name}${hasZod ? ' — pulls in zod' : ''}`);
}
if (failed > 0) {
  console.error(`${failed} import(s) over budget or pulling in zod`);
  process.exit(1);
}
