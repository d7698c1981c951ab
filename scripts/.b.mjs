import { build } from 'esbuild';
const code = process.argv[2];
const r = await build({ stdin: { contents: code, resolveDir: '/work/main', loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, external: ['zod'], logLevel: 'silent', tsconfigRaw: {}, metafile: true });
console.log(r.outputFiles[0].text);
