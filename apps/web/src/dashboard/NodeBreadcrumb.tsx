import Breadcrumbs from '@mui/material/Breadcrumbs';
import Typography from '@mui/material/Typography';
import { Link, useTranslate } from 'react-admin';
import type { DashboardParams } from './dashboardUrl';
import type { SummaryNode } from './types';
import { dashboardPath } from './useDashboardParams';

interface NodeBreadcrumbProps {
  node: SummaryNode;
  params: DashboardParams;
}

/**
 * The way up to the user's scope: the server returns only ancestors inside the scope, so
 * the first link is the scope itself. Drilling up keeps the wave and the date.
 */
export const NodeBreadcrumb = ({ node, params }: NodeBreadcrumbProps) => {
  const translate = useTranslate();
  if (node.ancestors.length === 0) return null;
  return (
    <Breadcrumbs aria-label={translate('cutover.org.breadcrumb')}>
      {node.ancestors.map((ancestor) => (
        <Link
          key={ancestor.id}
          variant="body2"
          to={dashboardPath({ ...params, nodeId: ancestor.id })}
        >
          {ancestor.name}
        </Link>
      ))}
      <Typography variant="body2" component="span" color="text.primary" aria-current="page">
        {node.name}
      </Typography>
    </Breadcrumbs>
  );
};
