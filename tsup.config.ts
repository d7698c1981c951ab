import { defineConfig } from 'tsup';
import { pureAnnotations } from './scripts/build/pure-annotations.js';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    clv: 'src/clv/index.ts',
    analysis: 'src/analysis/index.ts',
    playbook: 'src/playbook/index.ts',
    pool: 'src/pool/index.ts',
    schema: 'src/schema/index.ts',
    interop: 'src/interop/index.ts',
    sql: 'src/sql/index.ts',
    charts: 'src/charts/index.ts',
    'locales/zh-Hans': 'src/locales/entries/zh-Hans.ts',
    'locales/zh-Hant': 'src/locales/entries/zh-Hant.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.src.json',
  external: ['zod'],
  // Top-level constants marked side-effect free, so a consumer's bundler drops the unused ones.
  esbuildPlugins: [pureAnnotations],
  // Chinese texts as UTF-8, not `\uXXXX` escapes (a third of the locale files' bytes).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
