import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^crm-taxonomy$/, replacement: src('index.ts') },
      { find: /^crm-taxonomy\/(clv|analysis|playbook|pool)$/, replacement: src('$1/index.ts') },
      { find: /^crm-taxonomy\/schema$/, replacement: src('schema/index.ts') },
      { find: /^crm-taxonomy\/sql$/, replacement: src('sql/index.ts') },
      { find: /^crm-taxonomy\/charts$/, replacement: src('charts/index.ts') },
      { find: /^crm-taxonomy\/interop$/, replacement: src('interop/index.ts') },
      { find: /^crm-taxonomy\/locales\/(zh-Han[st])$/, replacement: src('locales/entries/$1.ts') },
      { find: /^crm-taxonomy\/taxonomy\.json$/, replacement: fileURLToPath(new URL('./spec/taxonomy.json', import.meta.url)) },
      { find: /^crm-taxonomy\/spec\/(.*)$/, replacement: fileURLToPath(new URL('./spec/$1', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/fast-check-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
    },
  },
});
