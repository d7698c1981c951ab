import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const ENTRIES = ['src/index.ts', 'src/schema/index.ts', 'src/sql/index.ts', 'src/charts/index.ts', 'src/interop/index.ts'];

/** Every export of every entry point has a TSDoc comment with an `@example` (which the doc tests run). */
describe('documentation coverage', () => {
  const program = ts.createProgram(
    ENTRIES.map((e) => resolve(root, e)),
    { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true },
  );
  const checker = program.getTypeChecker();
  for (const entry of ENTRIES) {
    it(`${entry}: every export has an @example`, () => {
      const source = program.getSourceFile(resolve(root, entry));
      expect(source).toBeDefined();
      const module = checker.getSymbolAtLocation(source!);
      const missing: string[] = [];
      for (const exported of checker.getExportsOfModule(module!)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const tags = symbol.getJsDocTags(checker);
        if (!tags.some((tag) => tag.name === 'example')) missing.push(exported.name);
      }
      expect(missing).toEqual([]);
    });
  }
});
