import Breadcrumbs from '@mui/material/Breadcrumbs';
import Typography from '@mui/material/Typography';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { OrgUnitShown } from '../rows';
import { resourceForLevel } from './orgLinks';

/** Where a unit sits: each visible ancestor links to its own page. */
export const OrgBreadcrumb = () => {
  const record = useRecordContext<OrgUnitShown>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Breadcrumbs aria-label={translate('cutover.org.breadcrumb')} sx={{ mb: 1 }}>
      {(record.ancestors ?? []).map((ancestor) => {
        const resource = resourceForLevel[ancestor.level];
        return resource ? (
          <Link
            key={ancestor.id}
            variant="body2"
            to={createPath({ resource, id: ancestor.id, type: 'show' })}
          >
            {ancestor.name}
          </Link>
        ) : (
          <Typography key={ancestor.id} variant="body2" component="span">
            {ancestor.name}
          </Typography>
        );
      })}
      <Typography variant="body2" component="span" color="text.primary" aria-current="page">
        {record.name}
      </Typography>
    </Breadcrumbs>
  );
};
