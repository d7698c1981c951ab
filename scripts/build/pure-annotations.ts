/**
 * A build step (an esbuild plugin for tsup): every top-level constant whose initializer does work
 * (a call, a `new`, a property read) is wrapped as `/* @__PURE__ *\/ (() => (initializer))()`.
 *
 * Why: the build puts many modules in one file (`dist/index.js` and its shared chunks). A
 * consumer's bundler drops an unused constant of such a file only if it can tell that its
 * initializer has no side effects, statement by statement — and esbuild cannot, for a call of a
 * function from another file or for a property read (`LOYALTY.loyal`, `Number.MAX_SAFE_INTEGER`,
 * which might be getters). Without this step `import { CrmTaxonomyError }` carried every policy
 * shape, segment table and message map of the library. The library's top-level initializers build
 * frozen data and touch nothing else (no globals, no I/O: docs/api-shape.md), which is what the
 * annotation states; evaluation order and results are unchanged. Function bodies are left alone.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** Whether evaluating the expression may look like work to a bundler (outside nested functions). */
function doesWork(node: ts.Node): boolean {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isTaggedTemplateExpression(node) || ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) {
    return true;
  }
  return ts.forEachChild(node, doesWork) === true;
}

/** The source with the initializers of its top-level constants that do work wrapped in a pure call. */
export function annotatePureCalls(fileName: string, text: string): string {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number }[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (init !== undefined && doesWork(init)) edits.push({ start: init.getStart(source), end: init.getEnd() });
    }
  }
  let out = text;
  for (const { start, end } of edits.reverse()) out = `${out.slice(0, start)}/* @__PURE__ */ (() => (${out.slice(start, end)}))()${out.slice(end)}`;
  return out;
}

/** The esbuild plugin: annotates the library's own TypeScript modules as they load. */
export const pureAnnotations = {
  name: 'pure-annotations',
  setup(build: { onLoad: (options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: 'ts' }>) => void }): void {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({ contents: annotatePureCalls(args.path, await readFile(args.path, 'utf8')), loader: 'ts' }));
  },
};
