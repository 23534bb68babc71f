import type { RaRecord } from 'react-admin';
import { OrgUnitCreate } from '../common/org-unit/OrgUnitCreate';
import { useScopeRoot } from '../common/org-unit/useScopeRoot';
import { RegionInputs } from './RegionInputs';

/** Regions sit right under the country, which is the scope root of whoever may create one. */
export const RegionCreate = () => {
  const root = useScopeRoot();
  const transform = (data: Partial<RaRecord>) => ({
    ...data,
    kind: 'region',
    parentId: root?.id,
  });
  return (
    <OrgUnitCreate resource="regions" transform={transform}>
      <RegionInputs creating />
    </OrgUnitCreate>
  );
};
