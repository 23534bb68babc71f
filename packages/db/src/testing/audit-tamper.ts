import { sql } from 'drizzle-orm';
import type { Executor } from '../client';

/**
 * What the audit table's owner can do: switch the guards off, delete a row, recompute every
 * prev_hash and hash in id order with the database's own function, switch the guards on.
 * The chain that results is consistent: only a checkpoint taken before can tell.
 */
export async function deleteAuditRowAndRehash(db: Executor, id: number) {
  await db.execute(sql`alter table audit_log disable trigger user`);
  await db.execute(sql`delete from audit_log where id = ${id}`);
  await rehash(db);
  await db.execute(sql`alter table audit_log enable trigger user`);
}

/**
 * Tests of "as of a past day": moves audit rows to the given instants (the change happened
 * then) and rehashes the chain so it stays consistent, as the table's owner can.
 */
export async function backdateAuditRows(db: Executor, rows: { id: number; at: string }[]) {
  await db.execute(sql`alter table audit_log disable trigger user`);
  for (const row of rows) {
    await db.execute(sql`update audit_log set at = ${row.at}::timestamptz where id = ${row.id}`);
  }
  await rehash(db);
  await db.execute(sql`alter table audit_log enable trigger user`);
}

async function rehash(db: Executor) {
  await db.execute(sql`
    do $$
    declare
      r audit_log;
      previous text := repeat('0', 64);
    begin
      for r in select * from audit_log order by id loop
        r.prev_hash := previous;
        r.hash := audit_log_row_hash(r);
        update audit_log set prev_hash = r.prev_hash, hash = r.hash where id = r.id;
        previous := r.hash;
      end loop;
    end $$`);
}

/** Empties the audit log behind disabled triggers, as its owner can. */
export async function truncateAuditLog(db: Executor) {
  await db.execute(sql`alter table audit_log disable trigger user`);
  await db.execute(sql`truncate audit_log`);
  await db.execute(sql`alter table audit_log enable trigger user`);
}
