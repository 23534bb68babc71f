import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import {
  adoptionReport,
  auditLogReport,
  deadlinesReport,
  policiesReport,
  queryRows,
  type ReportSource,
  type Scope,
  type SignedAuditCheckpoint,
  subtreeReport,
} from '@cutover/db';
import { type ExportReport, isoToday } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import yazl from 'yazl';
import { sha256File } from './file-hash';
import type { ManifestFile } from './manifest';
import type { ReportInput } from './sources';
import { type Produced, type Reader, writeReport } from './write-report';

export const PACK_MANIFEST = 'manifest.json';
export const PACK_FORMAT = 'cutover.audit-pack.v1';

export interface PackManifest {
  format: typeof PACK_FORMAT;
  exportId: number;
  scope: { nodeId: number; name: string; path: number[] };
  asOf: string;
  /** The audit extract's period (the filter's from/to), when one was chosen. */
  period: { from: string | null; to: string | null };
  files: (ManifestFile & { rows: number })[];
  /**
   * For a past as-of day, the files that still show today's values (no history is kept
   * for them): the units open that day with their current fields and place in the tree.
   * Deadlines and policies are rebuilt as of the day from the audit log.
   */
  currentState: string[];
  checkpoint: SignedAuditCheckpoint | null;
}

export interface PackWrite {
  reader: Reader;
  scope: Scope;
  input: ReportInput;
  node: { id: number; name: string; path: readonly number[] };
  file: string;
  exportId: number;
  asOf: string;
  checkpoint: SignedAuditCheckpoint | null;
  progress(rows: number): Promise<void>;
}

/**
 * The audit pack of a unit: its adoption report for each wave (or the chosen one), its
 * effective deadlines and policies with provenance, its subtree and the audit extract for
 * the period, each a CSV written from the same scoped reads as the single reports, and a
 * manifest with every file's SHA-256 and the latest audit checkpoint, zipped together.
 */
export async function writePack(pack: PackWrite): Promise<Produced> {
  const workDir = `${pack.file}.d`;
  await mkdir(workDir, { recursive: true });
  try {
    const waves = await pack.reader((db) =>
      queryRows<{ id: number; code: string }>(
        db,
        sql`select id, code from waves order by sort_order, id`,
      ),
    );
    const chosen = pack.input.waveId ? waves.filter((w) => w.id === pack.input.waveId) : waves;
    const unitInput = { ...pack.input, wholeSubtree: true };
    const parts: { name: string; report: ExportReport; source: ReportSource }[] = [
      { name: 'subtree.csv', report: 'deadlines', source: subtreeReport(pack.scope, unitInput) },
      ...chosen.map((wave) => ({
        name: `adoption-${wave.code}.csv`,
        report: 'adoption' as const,
        source: adoptionReport(pack.scope, { ...unitInput, waveId: wave.id }),
      })),
      {
        name: 'deadlines.csv',
        report: 'deadlines',
        source: deadlinesReport(pack.scope, unitInput),
      },
      { name: 'policies.csv', report: 'policies', source: policiesReport(pack.scope, unitInput) },
      {
        name: 'audit-log.csv',
        report: 'auditLog',
        source: auditLogReport(pack.scope, { ...pack.input, sort: { field: 'id', order: 'ASC' } }),
      },
    ];
    const files: PackManifest['files'] = [];
    let total = 0;
    for (const part of parts) {
      const file = path.join(workDir, part.name);
      const done = total;
      const { rows } = await writeReport({
        reader: pack.reader,
        source: part.source,
        report: part.report,
        format: 'csv',
        file,
        excel: false,
        summary: { exportId: pack.exportId, scopeName: pack.node.name, asOf: pack.asOf },
        progress: (n) => pack.progress(done + n),
      });
      total += rows;
      files.push({ name: part.name, rows, ...(await sha256File(file)) });
    }
    const manifest: PackManifest = {
      format: PACK_FORMAT,
      exportId: pack.exportId,
      scope: { nodeId: pack.node.id, name: pack.node.name, path: [...pack.node.path] },
      asOf: pack.asOf,
      period: {
        from: typeof pack.input.filter.from === 'string' ? pack.input.filter.from : null,
        to: typeof pack.input.filter.to === 'string' ? pack.input.filter.to : null,
      },
      files,
      currentState: pack.asOf < isoToday() ? ['subtree.csv'] : [],
      checkpoint: pack.checkpoint,
    };
    await writeFile(path.join(workDir, PACK_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const zip = new yazl.ZipFile();
    const out = createWriteStream(pack.file);
    zip.outputStream.pipe(out);
    // A fixed time in every entry: the same data gives the same archive bytes.
    const mtime = new Date(`${pack.asOf}T00:00:00Z`);
    for (const name of [PACK_MANIFEST, ...files.map((f) => f.name)]) {
      zip.addFile(path.join(workDir, name), name, { mtime });
    }
    zip.end();
    await finished(out);
    return { rows: total };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
