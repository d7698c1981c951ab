import { build } from 'esbuild';
const r = await build({ stdin: { contents: process.argv[2], resolveDir: '/work/main', loader: 'ts' }, bundle: true, minify: false, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', tsconfigRaw: {} });
console.log(r.outputFiles[0].text);
