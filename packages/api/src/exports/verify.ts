import { type Executor, queryRows } from '@cutover/db';
import { sql } from 'drizzle-orm';
import type { ExportManifest } from './manifest';

export type ExportVerdict =
  | { ok: true; sha256: string; exportId: number; auditEntryId: number; rows: number }
  | { ok: false; sha256: string; problem: string };

interface AuditedExport {
  id: string;
  entity_id: string;
  after: { sha256?: string; rows?: number; report?: string };
}

/**
 * Checks a file's SHA-256 against the audit log (an `export.create` record must hold it)
 * and, when given, against the manifest that came with it. Any changed byte changes the
 * hash, so the record is not found and the manifest disagrees.
 */
export async function verifyExport(
  db: Executor,
  sha256: string,
  manifest: ExportManifest | null,
): Promise<ExportVerdict> {
  const found = await queryRows<AuditedExport>(
    db,
    sql`select id::text, entity_id, after from audit_log where action = 'export.create' and after->>'sha256' = ${sha256} order by id limit 1`,
  );
  const record = found[0];
  if (!record)
    return { ok: false, sha256, problem: 'no export with this SHA-256 in the audit log' };
  const exportId = Number(record.entity_id);
  if (manifest) {
    if (!manifest.files.some((file) => file.sha256 === sha256)) {
      return { ok: false, sha256, problem: 'the manifest names another SHA-256 for this file' };
    }
    if (manifest.exportId !== exportId || manifest.auditEntryId !== Number(record.id)) {
      return { ok: false, sha256, problem: 'the manifest belongs to another export' };
    }
    if (manifest.rows !== record.after.rows || manifest.report !== record.after.report) {
      return { ok: false, sha256, problem: 'the manifest disagrees with the audit log' };
    }
  }
  return {
    ok: true,
    sha256,
    exportId,
    auditEntryId: Number(record.id),
    rows: record.after.rows ?? 0,
  };
}
