import { build } from 'esbuild';
const r = await build({ stdin: { contents: process.argv[2], resolveDir: '/work/main', loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, external: ['zod'], logLevel: 'silent', metafile: true, tsconfigRaw: { compilerOptions: { paths: { 'crm-taxonomy': ['./src/index.ts'] } } } });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 40);
for (const [k, v] of rows) console.log(String(v.bytesInOutput).padStart(7), k);
