import type { ReactNode } from 'react';
import { VersionedEdit } from '../forms/VersionedEdit';
import { type LevelResource, OrgUnitTitle } from './OrgUnitTitle';

interface OrgUnitEditProps {
  resource: LevelResource;
  children: ReactNode;
}

/** Edits a unit of any level through orgUnits.byId/update: the level routers only read. */
export const OrgUnitEdit = ({ resource, children }: OrgUnitEditProps) => (
  <VersionedEdit
    resource="orgUnits"
    labelsFrom={resource}
    redirect={(_resource, id) => `/${resource}/${id}/show`}
    title={<OrgUnitTitle resource={resource} />}
  >
    {children}
  </VersionedEdit>
);
