// @ts-check
/**
 * A typedoc plugin that files every export of the API reference under the concept of the folder
 * it is declared in (src/taxonomy → Taxonomy, src/lifecycle → Lifecycle, …), so the reference
 * reads like the README's tour instead of one flat list. An explicit `@category` tag wins.
 */
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

const CATEGORIES = [
  ['/src/errors/', 'Errors and messages'],
  ['/src/i18n/', 'Errors and messages'],
  ['/src/messages/', 'Errors and messages'],
  ['/src/locales/', 'Errors and messages'],
  ['/src/records/', 'Records'],
  ['/src/taxonomy/', 'Taxonomy'],
  ['/src/lifecycle/', 'Lifecycle'],
  ['/src/scoring/', 'Scoring: RFM and ABC'],
  ['/src/classify/', 'Classification'],
  ['/src/analysis/', 'Analyses of the seeds'],
  ['/src/relationship/', 'Relationship levels'],
  ['/src/playbook/', 'Playbook'],
  ['/src/pool/', 'Public pool'],
  ['/src/clv/', 'Lifetime value'],
  ['/src/schema/', 'Schemas'],
  ['/src/sql/', 'SQL'],
  ['/src/charts/', 'Charts'],
  ['/src/interop/', 'Interop'],
];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.parent?.kindOf(ReflectionKind.Module | ReflectionKind.Project)) return;
    const file = context.getSymbolFromReflection(reflection)?.getDeclarations()?.[0]?.getSourceFile().fileName ?? '';
    const category = CATEGORIES.find(([folder]) => file.includes(folder))?.[1];
    if (category === undefined) return;
    reflection.comment ??= new Comment();
    const comment = reflection.comment;
    if (comment.blockTags.some((t) => t.tag === '@category')) return;
    comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
  });
}
