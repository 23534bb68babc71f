import { z } from 'zod';
import { isoDateSchema } from '../inputs/dates';
import { idSchema } from '../inputs/ids';
import { listFilterSchema, sortFieldSchema } from '../inputs/list-filter';
import { orgLevels } from '../org-units';
import type { Resource } from '../roles';

export const exportReports = [
  'staff',
  'chats',
  'adoption',
  'lagging',
  'deadlines',
  'policies',
  'auditLog',
  'regions',
  'municipalities',
  'institutions',
  'users',
  'imports',
] as const;
export type ExportReport = (typeof exportReports)[number];

/** What can be exported: one report, or the audit pack (an archive of several). */
export const exportKinds = [...exportReports, 'pack'] as const;
export type ExportKind = (typeof exportKinds)[number];

export const exportFormats = ['csv', 'xlsx', 'pdf', 'zip'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * What a report reads, for the one export gate: the requester needs `exports.create` and
 * the right to list this resource, so an export never shows more than the list would.
 */
export const reportResource: Record<ExportReport, Resource> = {
  staff: 'staff',
  chats: 'chats',
  adoption: 'dashboard',
  lagging: 'dashboard',
  deadlines: 'deadlines',
  policies: 'policies',
  auditLog: 'auditLog',
  regions: 'regions',
  municipalities: 'municipalities',
  institutions: 'institutions',
  users: 'users',
  imports: 'imports',
};

/** The reports an audit pack holds (the subtree itself comes with them). */
export const packReports = ['adoption', 'deadlines', 'policies', 'auditLog'] as const;

/** Every resource an export reads; the requester must be able to list each of them. */
export function resourcesOf(kind: ExportKind): Resource[] {
  if (kind === 'pack') return ['orgUnits', ...packReports.map((r) => reportResource[r])];
  return [reportResource[kind]];
}

export const exportCreateSchema = z.object({
  report: z.enum(exportKinds),
  format: z.enum(exportFormats),
  /** The unit the report is about; it must lie in the requester's scope. */
  nodeId: idSchema,
  /** The wave of an adoption or lagging report (required there), or one wave of deadlines. */
  waveId: idSchema.optional(),
  /** Unit reports: the level of the units listed; by default the node's children. */
  level: z.enum(orgLevels).optional(),
  /** The day the report describes (YYYY-MM-DD); today when absent. */
  asOf: isoDateSchema.optional(),
  filter: listFilterSchema.default({}),
  sort: z.object({ field: sortFieldSchema, order: z.enum(['ASC', 'DESC']) }).optional(),
  /** CSV for Excel in a Russian locale: a byte order mark and `;` between fields. */
  excel: z.boolean().default(false),
});

/** An audit pack is always a zip archive, and nothing else is. */
export const exportRequestSchema = exportCreateSchema.refine(
  (input) => (input.report === 'pack') === (input.format === 'zip'),
  { message: 'errors.invalid_field', path: ['format'] },
);
export type ExportCreateInput = z.infer<typeof exportCreateSchema>;

/**
 * The reports that can describe a past day: adoption from its daily history, the audit
 * extract up to that day, effective deadlines and policies rebuilt from the audit log's
 * before/after values, and the audit pack (which says in its manifest which of its files
 * show the current state). The others keep no history of their rows: a past "as of" day is
 * refused rather than answered with today's rows.
 */
export const pastDayKinds: readonly ExportKind[] = [
  'adoption',
  'auditLog',
  'deadlines',
  'policies',
  'pack',
];

/** Reports about one wave's figures. */
export const waveReports: readonly ExportKind[] = ['adoption', 'lagging'];
