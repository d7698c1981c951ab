import { build } from 'esbuild';
const r = await build({ stdin: { contents: "import { can, statusMachine } from 'crm-taxonomy'; console.log(can, statusMachine)", resolveDir: '/work/main', loader: 'ts' }, bundle: true, minify: false, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', tsconfigRaw: {}, metafile: true });
const out = Object.values(r.metafile.outputs)[0];
for (const [k, v] of Object.entries(out.inputs)) console.log(v.bytesInOutput, k);
