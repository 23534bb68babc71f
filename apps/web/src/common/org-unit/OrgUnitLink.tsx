import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { StaffRow } from '../rows';
import { levelOfPath, resourceForLevel } from './orgLinks';

/** A staff member's organisation, linked to its page whatever its level. */
export const OrgUnitLink = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<StaffRow>();
  const createPath = useCreatePath();
  if (!record) return null;
  const level = levelOfPath(record.orgUnitPath);
  const resource = level ? resourceForLevel[level] : undefined;
  if (!resource) return <span>{record.orgUnitName}</span>;
  return (
    <Link
      variant="body2"
      to={createPath({ resource, id: record.orgUnitId, type: 'show' })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {record.orgUnitName}
    </Link>
  );
};
