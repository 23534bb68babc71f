import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from './client';

/** What a verified checkpoint says about the chain, and how to name it in a report. */
export interface ChainAnchor {
  id: number;
  hash: string;
  rows: number;
  label: string;
}

export type AuditChainBreak =
  /** The row's stored hash no longer matches its content. */
  | 'content_changed'
  /** The row's prev_hash is not the hash of the row before it. */
  | 'chain_broken'
  /** The row a checkpoint names is gone (deleted, truncated, or the log ends before it). */
  | 'checkpoint_row_missing'
  /** The row a checkpoint names holds another hash: the chain up to it was rewritten. */
  | 'checkpoint_hash_differs'
  /** Fewer or more rows at or below the checkpoint's id than it counted. */
  | 'checkpoint_rows_differ';

export type AuditChainReport =
  | {
      ok: true;
      checked: number;
      head: { id: number; hash: string } | null;
      anchorsChecked: number;
    }
  | {
      ok: false;
      checked: number;
      brokenAt: number;
      reason: AuditChainBreak;
      /** The checkpoint that caught it (checkpoint_* reasons). */
      anchor?: ChainAnchor;
      /** The highest checkpoint id the chain still matched before the break. */
      intactThrough?: number;
    };

export interface VerifyAuditChainOptions {
  /** Checkpoints whose signatures were already checked; the chain must agree with each. */
  anchors?: readonly ChainAnchor[];
  onProgress?: (checked: number) => void;
  batchSize?: number;
}

interface ChainRow {
  id: string | number;
  prev_hash: string | null;
  hash: string | null;
  recomputed: string;
}

const GENESIS = '0'.repeat(64);

/**
 * Walks the chain in id order, a page at a time: each row's stored hash must match its
 * content, and its prev_hash must be the hash of the row before it. Every anchor's row must
 * be there with the anchor's hash and row count. Names the first row that fails.
 */
export async function verifyAuditChain(
  db: Executor,
  options: VerifyAuditChainOptions = {},
): Promise<AuditChainReport> {
  const { onProgress, batchSize = 5_000 } = options;
  const anchors = [...(options.anchors ?? [])].sort((a, b) => a.id - b.id);
  let next = 0;
  let intactThrough: number | undefined;
  let lastId = 0;
  let previousHash = GENESIS;
  let checked = 0;
  const broken = (brokenAt: number, reason: AuditChainBreak, anchor?: ChainAnchor) =>
    ({ ok: false, checked, brokenAt, reason, anchor, intactThrough }) as const;
  for (;;) {
    const rows = await queryRows<ChainRow>(
      db,
      sql`select id, prev_hash, hash, audit_log_row_hash(a.*) as recomputed
          from audit_log a where id > ${lastId} order by id limit ${batchSize}`,
    );
    for (const row of rows) {
      const id = Number(row.id);
      const due = anchors[next];
      if (due && due.id < id) return broken(due.id, 'checkpoint_row_missing', due);
      if (row.prev_hash !== previousHash) return broken(id, 'chain_broken');
      if (row.hash !== row.recomputed) return broken(id, 'content_changed');
      previousHash = row.hash;
      lastId = id;
      checked++;
      for (let anchor = anchors[next]; anchor?.id === id; anchor = anchors[++next]) {
        if (anchor.hash !== row.hash) return broken(id, 'checkpoint_hash_differs', anchor);
        if (anchor.rows !== checked) return broken(id, 'checkpoint_rows_differ', anchor);
        intactThrough = id;
      }
    }
    onProgress?.(checked);
    if (rows.length < batchSize) break;
  }
  const missing = anchors[next];
  if (missing) return broken(missing.id, 'checkpoint_row_missing', missing);
  return {
    ok: true,
    checked,
    head: checked > 0 ? { id: lastId, hash: previousHash } : null,
    anchorsChecked: anchors.length,
  };
}
