import {
  CreateButton,
  FilterButton,
  TopToolbar,
  useFilterContext,
  useResourceDefinition,
} from 'react-admin';
import { ExportButton } from './ExportButton';
import type { ExportSubject } from './exportInput';

interface ExportListActionsProps {
  report: ExportSubject['report'];
  /** The dialog's title, a message key. */
  title: string;
}

/** react-admin's default list toolbar (filter, create) with the server's Export in place of its own. */
export const ExportListActions = ({ report, title }: ExportListActionsProps) => {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && filters.length > 0 ? <FilterButton /> : null}
      {hasCreate ? <CreateButton /> : null}
      <ExportButton report={report} title={title} />
    </TopToolbar>
  );
};
