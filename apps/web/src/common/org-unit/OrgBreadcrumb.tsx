import { useCreatePath, useRecordContext } from 'react-admin';
import { NodeBreadcrumb } from '../node-page/NodeBreadcrumb';
import type { OrgUnitShown } from '../rows';
import { resourceForLevel } from './orgLinks';

/** Where a unit sits: each visible ancestor links to its own page. */
export const OrgBreadcrumb = () => {
  const record = useRecordContext<OrgUnitShown>();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <NodeBreadcrumb
      ancestors={record.ancestors ?? []}
      name={record.name}
      linkTo={(ancestor) => {
        const resource = resourceForLevel[ancestor.level];
        return resource ? createPath({ resource, id: ancestor.id, type: 'show' }) : undefined;
      }}
      sx={{ mb: 1 }}
    />
  );
};
