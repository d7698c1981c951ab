/**
 * The README as the npm page shows it. npm resolves a README's relative links only against a
 * repository, and this package names none: so the tarball's README.md links to the files of the
 * published package itself, `https://cdn.jsdelivr.net/npm/<name>@<version>/<path>` (the guides and
 * pictures ship: `files` in package.json), while the README in the repository keeps its relative
 * links. `prepack` rewrites (keeping the original beside it), `postpack` puts the original back;
 * a pack that died between the two is undone by the next one. Plain Node, no dependencies: it
 * runs wherever `npm pack` and `npm publish` do.
 *
 *   node scripts/readme-links.mjs pack | unpack
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const readme = join(root, 'README.md');
const original = join(root, '.README.md.unpacked');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The address of a file of the published package, at this version. */
const published = (path) => `https://cdn.jsdelivr.net/npm/${name}@${version}/${path}`;

/** Markdown links and images whose target is relative (not `scheme:`, not `#anchor`, not `/`). */
const rewrite = (text) => text.replace(/(\]\()(?![a-z][a-z0-9+.-]*:|#|\/)([^)\s]+)\)/gi, (_, open, target) => `${open}${published(target.replace(/^\.\//, ''))})`);

const mode = process.argv[2];
if (mode === 'pack') {
  if (existsSync(original)) renameSync(original, readme);
  const text = readFileSync(readme, 'utf8');
  writeFileSync(original, text);
  writeFileSync(readme, rewrite(text));
} else if (mode === 'unpack') {
  if (existsSync(original)) renameSync(original, readme);
} else if (mode !== undefined) {
  throw new Error(`readme-links: pack or unpack, not ${mode}`);
}
