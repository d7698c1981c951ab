/**
 * Writes every Traditional Chinese message table (`src/locales/zh-Hant/*.ts`) from its Simplified
 * sibling with OpenCC (`cn` → `tw`, Taiwan characters) and the project's deliberate Taiwan
 * vocabulary (`TAIWAN_VOCABULARY`). `test/i18n/opencc.test.ts` holds the tables to this rule, so
 * edit the zh-Hans table and run `npx tsx scripts/zh-hant.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toHant } from '../test/support/hant.js';

const root = resolve(import.meta.dirname, '../src/locales');
for (const file of readdirSync(resolve(root, 'zh-Hans'))) {
  let text = readFileSync(resolve(root, 'zh-Hans', file), 'utf8');
  // Convert the value of every `'key': 'text',` line (either quote style); keys and code stay as they are.
  text = text.replace(/^(\s*(?:'[^']*'|[A-Za-z_$][\w$]*): )(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")(,?)$/gm, (_, head: string, single?: string, double?: string, comma = '') =>
    single !== undefined ? `${head}'${toHant(single)}'${comma}` : `${head}"${toHant(double ?? '')}"${comma}`,
  );
  // And every text of a line of texts written by key (`consumer: ['消费者客户', '…'],`, or one text alone).
  text = text.replace(/^(\s*(?:[a-z0-9_]+: )?\[?)((?:'(?:[^'\\]|\\.)*'(?:, )?)+)(\]?,)$/gm, (_, head: string, texts: string, tail: string) =>
    `${head}${texts.replace(/'((?:[^'\\]|\\.)*)'/g, (_literal, t: string) => `'${toHant(t)}'`)}${tail}`,
  );
  text = text.replace(/ZhHans\b/g, 'ZhHant').replace('Simplified Chinese', 'Traditional Chinese').replace(/in zh-Hans\b/g, 'in zh-Hant');
  writeFileSync(resolve(root, 'zh-Hant', file), text);
  console.log(`src/locales/zh-Hant/${file}`);
}
