import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from './client';

export type AuditChainReport =
  | { ok: true; checked: number; head: { id: number; hash: string } | null }
  | { ok: false; checked: number; brokenAt: number; reason: 'content_changed' | 'chain_broken' };

interface ChainRow {
  id: string | number;
  prev_hash: string | null;
  hash: string | null;
  recomputed: string;
}

const GENESIS = '0'.repeat(64);

/**
 * Walks the chain in id order: each row's stored hash must match its content, and its
 * prev_hash must be the hash of the row before it. Names the first row that fails.
 */
export async function verifyAuditChain(
  db: Executor,
  onProgress?: (checked: number) => void,
  batchSize = 5_000,
): Promise<AuditChainReport> {
  let lastId = 0;
  let previousHash = GENESIS;
  let checked = 0;
  for (;;) {
    const rows = await queryRows<ChainRow>(
      db,
      sql`select id, prev_hash, hash, audit_log_row_hash(a.*) as recomputed
          from audit_log a where id > ${lastId} order by id limit ${batchSize}`,
    );
    for (const row of rows) {
      const id = Number(row.id);
      if (row.prev_hash !== previousHash)
        return { ok: false, checked, brokenAt: id, reason: 'chain_broken' };
      if (row.hash !== row.recomputed)
        return { ok: false, checked, brokenAt: id, reason: 'content_changed' };
      previousHash = row.hash;
      lastId = id;
      checked++;
    }
    onProgress?.(checked);
    if (rows.length < batchSize) break;
  }
  return { ok: true, checked, head: checked > 0 ? { id: lastId, hash: previousHash } : null };
}
