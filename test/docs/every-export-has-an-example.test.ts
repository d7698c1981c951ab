import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const ENTRIES = ['src/index.ts', 'src/clv/index.ts', 'src/analysis/index.ts', 'src/playbook/index.ts', 'src/pool/index.ts', 'src/schema/index.ts', 'src/sql/index.ts', 'src/charts/index.ts', 'src/interop/index.ts'];

/**
 * Docs teach: every exported function, constant and class has a TSDoc `@example` (which the doc
 * tests run); every exported type has a summary and no example (an example of a type only
 * restates it).
 */
describe('documentation of every export', () => {
  const program = ts.createProgram(
    ENTRIES.map((e) => resolve(root, e)),
    { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true },
  );
  const checker = program.getTypeChecker();
  for (const entry of ENTRIES) {
    it(`${entry}: values have an @example, types a summary and no example`, () => {
      const source = program.getSourceFile(resolve(root, entry));
      expect(source).toBeDefined();
      const module = checker.getSymbolAtLocation(source!);
      const problems: string[] = [];
      for (const exported of checker.getExportsOfModule(module!)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const tags = symbol.getJsDocTags(checker);
        const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
        const isValue = (symbol.flags & ts.SymbolFlags.Value) !== 0;
        const hasExample = tags.some((tag) => tag.name === 'example');
        if (isValue && !hasExample) problems.push(`${exported.name}: a value without an @example`);
        if (!isValue && hasExample) problems.push(`${exported.name}: a type with an @example`);
        if (summary.length === 0) problems.push(`${exported.name}: no summary`);
      }
      expect(problems).toEqual([]);
    });
  }
});
