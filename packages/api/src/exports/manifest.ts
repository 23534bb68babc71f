import { lastCheckpointIn, type SignedAuditCheckpoint } from '@cutover/db';

export const MANIFEST_FORMAT = 'cutover.export-manifest.v1';

export interface ManifestFile {
  name: string;
  sha256: string;
  bytes: number;
}

/**
 * What an export carries beside its file: the same facts its audit record holds, and the
 * latest signed audit checkpoint, so the record can be tied to a log head signed earlier.
 */
export interface ExportManifest {
  format: typeof MANIFEST_FORMAT;
  exportId: number;
  report: string;
  fileFormat: string;
  files: ManifestFile[];
  rows: number;
  requester: { userId: number; login: string };
  scope: { nodeId: number; path: number[]; name: string };
  params: Record<string, unknown>;
  asOf: string;
  /** PDF only: SHA-256 of the rows summarised (JSON lines), the hash printed on its pages. */
  dataSha256?: string;
  createdAt: string;
  finishedAt: string;
  /** The audit log row that records this export. */
  auditEntryId: number | null;
  checkpoint: SignedAuditCheckpoint | null;
}

export async function latestCheckpoint(file: string | undefined) {
  return file ? lastCheckpointIn(file) : null;
}
