/**
 * The README as the npm page shows it. npm resolves a README's relative links only against a
 * repository, and this package names none: so the packed README.md links to the files of the
 * published package itself, `https://cdn.jsdelivr.net/npm/<name>@<version>/<path>` (the guides and
 * pictures ship: `files` in package.json), while the README in the repository keeps its relative
 * links. `prepack` rewrites it (keeping the original beside it) and `postpack` puts the original
 * back — except within `npm publish`, which reads README.md again after packing to send it to the
 * registry as the page's text: there `postpublish` puts it back. Plain Node, no dependencies: it
 * runs wherever `npm pack` and `npm publish` do.
 *
 *   node scripts/readme-links.mjs pack | unpack | unpack --force
 *
 * A pack that died before putting the original back leaves both files; the next pack restores the
 * original first, and refuses when README.md was edited since it was rewritten (nothing is lost).
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

/** Puts the original README back; refuses when README.md is no longer the rewrite of it (edited since). */
function restore() {
  if (!existsSync(original)) return;
  const kept = readFileSync(original, 'utf8');
  if (readFileSync(readme, 'utf8') !== rewrite(kept)) {
    throw new Error(`readme-links: README.md changed after it was rewritten for packing; compare it with ${original}, keep what you want in README.md and delete ${original}`);
  }
  renameSync(original, readme);
}

const [mode, flag] = process.argv.slice(2);
if (mode === 'pack') {
  restore();
  const text = readFileSync(readme, 'utf8');
  writeFileSync(original, text);
  writeFileSync(readme, rewrite(text));
} else if (mode === 'unpack') {
  // Within `npm publish` the rewritten README must stay until the registry has it (postpublish).
  if (process.env.npm_command !== 'publish' || flag === '--force') restore();
} else if (mode !== undefined) {
  throw new Error(`readme-links: pack or unpack, not ${mode}`);
}
