/**
 * A host that keeps customers and their lifecycle events in PostgreSQL (PGlite: a real Postgres
 * compiled to WASM, in process) and validates every status change through the library before
 * writing it. Run with `npx tsx examples/postgres-host.ts`.
 *
 * The pattern: read the stored state, ask the machine, and write the event record and the new
 * state in one transaction, or show the refusal to the user. The database also guards the ids:
 * its CHECK constraint is generated from the taxonomy, so no other writer can store an unknown id.
 */
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import {
  can,
  isCrmTaxonomyError,
  message,
  statusMachine,
  taxonomy,
  transition,
  validateHistory,
  type CustomerStatus,
  type LifecycleFacts,
} from 'crm-taxonomy';
import { machineEventSchema } from 'crm-taxonomy/schema';

const db = new PGlite();

// #region schema
// The allowed ids come from the taxonomy data, as bound parameters of a CHECK constraint would not
// work in DDL; they are snake_case ASCII by construction, and quoted as SQL string literals here.
const statusIds = taxonomy.ids('status').map((id) => `'${id}'`).join(', ');
await db.exec(`
  CREATE TABLE customer (
    id text PRIMARY KEY,
    name text NOT NULL,
    status text NOT NULL CHECK (status IN (${statusIds}))
  );
  CREATE TABLE lifecycle_event (
    seq bigserial PRIMARY KEY,
    customer_id text NOT NULL REFERENCES customer (id),
    machine text NOT NULL,
    from_state text NOT NULL,
    to_state text NOT NULL,
    event text NOT NULL,
    at timestamptz NOT NULL,
    reason text,
    cause text,
    actor text
  );
`);
// #endregion schema

await db.query('INSERT INTO customer (id, name, status) VALUES ($1, $2, $3), ($4, $5, $6)', [
  'c-1', 'Acme Trading', 'potential',
  'c-2', 'City Hall', 'non_customer',
]);

// #region change-status
type Move = Parameters<typeof can<typeof statusMachine, string>>[2];

/** Moves one customer, or returns the refusal to show the user. Nothing is written on a refusal. */
async function changeStatus(
  customerId: string,
  move: Move,
  options: { at: string; actor: string; facts?: LifecycleFacts; reason?: string; cause?: string },
): Promise<{ ok: true; to: CustomerStatus } | { ok: false; message: string }> {
  return db.transaction(async (tx) => {
    const row = await tx.query<{ status: string }>('SELECT status FROM customer WHERE id = $1 FOR UPDATE', [customerId]);
    const from = row.rows[0]?.status;
    if (from === undefined) return { ok: false, message: `No customer ${customerId}` };
    try {
      const event = transition(statusMachine, from, move, { ...options, customerId });
      await tx.query(
        `INSERT INTO lifecycle_event (customer_id, machine, from_state, to_state, event, at, reason, cause, actor)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [customerId, event.machine, event.from, event.to, event.event, event.at, event.reason ?? null, event.cause ?? null, event.actor ?? null],
      );
      await tx.query('UPDATE customer SET status = $1 WHERE id = $2', [event.to, customerId]);
      return { ok: true, to: event.to };
    } catch (error) {
      // The refusal as a person reads it (`error.message` is the line for logs; `error.details.refusal` the data).
      if (isCrmTaxonomyError(error, 'transition_refused')) return { ok: false, message: message(error) };
      throw error;
    }
  });
}
// #endregion change-status

// A salesperson selects the prospect as a target; a purchase makes it current.
assert.deepEqual(await changeStatus('c-1', 'select_target', { at: '2024-01-02T09:00:00Z', actor: 'u-7' }), { ok: true, to: 'target' });
assert.deepEqual(
  await changeStatus('c-1', 'first_purchase', { at: '2024-01-20T15:30:00Z', actor: 'orders', facts: { hasPurchase: true } }),
  { ok: true, to: 'current' },
);
// The nightly job tries to mark it lost after 40 days: within the 180-day default churn window.
const tooEarly = await changeStatus('c-1', 'churn', { at: '2024-03-01T02:00:00Z', actor: 'nightly', facts: { daysSinceLastPurchase: 40 } });
assert.equal(tooEarly.ok, false);
console.log(`refused: ${tooEarly.ok ? '' : tooEarly.message}`);
// A non-customer cannot become current without being re-qualified first.
const notQualified = await changeStatus('c-2', { to: 'current' }, { at: '2024-02-01T10:00:00Z', actor: 'u-9', facts: { hasPurchase: true } });
assert.equal(notQualified.ok, false);
console.log(`refused: ${notQualified.ok ? '' : notQualified.message}`);
// The customer leaves for a competitor: a stated cause is enough.
assert.deepEqual(
  await changeStatus('c-1', 'mark_lost', { at: '2024-06-30T08:00:00Z', actor: 'u-7', cause: 'competitor' }),
  { ok: true, to: 'lost' },
);

// #region audit
// Read the log back, validate each row with the zod schema, and check the history.
const StatusEvent = machineEventSchema(statusMachine);
const log = await db.query<Record<string, unknown>>(
  `SELECT customer_id AS "customerId", machine, from_state AS "from", to_state AS "to", event,
          to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, reason, cause, actor
   FROM lifecycle_event WHERE customer_id = $1 ORDER BY seq`,
  ['c-1'],
);
const events = log.rows.map((row) =>
  StatusEvent.parse(Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null))),
);
const history = validateHistory(statusMachine, events, { mode: 'all' });
assert.equal(history.ok, true);
assert.equal(history.state, 'lost');
console.log(`c-1: ${events.map((e) => e.to).join(' → ')} (${events.length} events, history valid)`);
// #endregion audit

// The database refuses an id the taxonomy does not know, whoever writes it.
await assert.rejects(db.query("UPDATE customer SET status = 'churned' WHERE id = 'c-2'"), /check constraint/);
await db.close();
