import type { MouseEvent } from 'react';
import { Link, useCreatePath, useGetIdentity, useRecordContext } from 'react-admin';
import type { OrgUnitRow } from '../rows';
import { parentInScope } from './parentInReach';

interface ParentFieldProps {
  /** The parent's resource: regions for municipalities, municipalities for institutions. */
  reference: 'regions' | 'municipalities';
  source?: string;
  label?: string;
}

/**
 * A unit's parent by the name the list row carries: a link when the caller may open it,
 * plain text when it lies above their scope. Never a lookup of its own, so never an error.
 */
export const ParentField = ({ reference }: ParentFieldProps) => {
  const record = useRecordContext<OrgUnitRow>();
  const { identity } = useGetIdentity();
  const createPath = useCreatePath();
  if (!record || record.parentId === null || record.parentName === null) return null;
  const scopeId = typeof identity?.scopeId === 'number' ? identity.scopeId : undefined;
  if (!parentInScope(record, scopeId)) return <span>{record.parentName}</span>;
  return (
    <Link
      variant="body2"
      to={createPath({ resource: reference, id: record.parentId, type: 'show' })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {record.parentName}
    </Link>
  );
};
