import {
  adoptionReport,
  auditLogReport,
  chatsReport,
  deadlinesReport,
  importsReport,
  laggingReport,
  policiesReport,
  type ReportSource,
  type Scope,
  staffReport,
  unitListReport,
  usersReport,
} from '@cutover/db';
import type { ExportCreateInput, ExportReport } from '@cutover/domain';

export type ReportInput = Omit<ExportCreateInput, 'format' | 'report' | 'excel'>;

/** Each report as one scoped query; the list reports reuse their list's filters and sort. */
export const reportSources: Record<
  ExportReport,
  (scope: Scope, input: ReportInput) => ReportSource
> = {
  staff: staffReport,
  chats: chatsReport,
  adoption: adoptionReport,
  lagging: laggingReport,
  deadlines: deadlinesReport,
  policies: policiesReport,
  auditLog: auditLogReport,
  regions: unitListReport('region'),
  municipalities: unitListReport('municipality'),
  institutions: unitListReport('institution'),
  users: usersReport,
  imports: importsReport,
};
