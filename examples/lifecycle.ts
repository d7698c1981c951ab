/**
 * Lifecycle: a host asks whether moves are valid, stores the event records, reads them back and
 * checks the log. Run with `npx tsx examples/lifecycle.ts [--locale zh-Hans]`.
 */
import assert from 'node:assert/strict';
import { can, message, replay, statusMachine, toMermaid, transition, validateHistory, type LifecycleEvent } from 'crm-taxonomy';
import { machineEventSchema } from 'crm-taxonomy/schema';
import { localeArgument } from './support/args.js';
import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
import { zhHant } from 'crm-taxonomy/locales/zh-Hant';

const locale = localeArgument();
// English is built in; Chinese comes from the locale modules, passed with the locale.
const text = { locale, texts: [zhHans, zhHant] };

// #region ask
// A salesperson tries to mark a company that cannot buy as a current customer. The state comes
// from the database as a string, so the refusal comes at run time (with a literal 'non_customer'
// this call would not compile).
const fromDatabase: string = 'non_customer';
const refused = can(statusMachine, fromDatabase, { to: 'current' }, { facts: { hasPurchase: true } });
assert.equal(refused.ok, false);
if (!refused.ok) console.log(`${refused.code}: ${message(refused, text)}`);
// #endregion ask

// #region store
// The host's own table: an array here, a database in real life.
const table: LifecycleEvent[] = [];
table.push(transition(statusMachine, 'potential', 'select_target', { at: '2024-01-02', customerId: 'c-42', actor: 'u-7' }));
table.push(transition(statusMachine, 'target', 'first_purchase', { at: '2024-01-20', customerId: 'c-42', facts: { hasPurchase: true } }));
// The nightly job, with the host's 90-day churn window.
const churn = { facts: { daysSinceLastPurchase: 120 }, policy: { churnWindowDays: 90 } };
if (can(statusMachine, 'current', 'churn', churn).ok) {
  table.push(transition(statusMachine, 'current', 'churn', { at: '2024-05-19', customerId: 'c-42', actor: 'nightly-churn-job', ...churn }));
}
// #endregion store

// #region read-back
const rows: unknown[] = JSON.parse(JSON.stringify(table));
const StatusEvent = machineEventSchema(statusMachine);
const events = rows.map((row) => StatusEvent.parse(row));
assert.equal(replay(statusMachine, events), 'lost');
const tampered = [events[0], events[2]];
const report = validateHistory(statusMachine, tampered, { mode: 'all' });
assert.deepEqual(report.issues.map((i) => [i.index, i.code]), [[1, 'state_mismatch']]);
console.log(message(report.issues[0]!, text));
// #endregion read-back

console.log(toMermaid(statusMachine, text));
