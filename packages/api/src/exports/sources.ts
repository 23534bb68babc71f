import {
  auditLogReport,
  chatsReport,
  type ReportSource,
  type Scope,
  staffReport,
} from '@cutover/db';
import type { ExportCreateInput, ExportReport } from '@cutover/domain';

export type ReportInput = Omit<ExportCreateInput, 'format' | 'report' | 'excel'>;

/** Each report as a scoped query built from its list's own filters and sort. */
export const reportSources: Record<
  ExportReport,
  (scope: Scope, input: ReportInput) => ReportSource
> = {
  staff: staffReport,
  chats: chatsReport,
  auditLog: auditLogReport,
};
