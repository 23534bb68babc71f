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
] as const;
export type ExportReport = (typeof exportReports)[number];

export const exportFormats = ['csv', 'xlsx', 'pdf'] as const;
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
};

export const exportCreateSchema = z.object({
  report: z.enum(exportReports),
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
export type ExportCreateInput = z.infer<typeof exportCreateSchema>;

/** Reports about one wave's figures. */
export const waveReports: readonly ExportReport[] = ['adoption', 'lagging'];
