import { OrgUnitInputs } from '../common/org-unit/OrgUnitInputs';

/** A region has no choices of its own: its parent is the country, its type is "region". */
export const RegionInputs = ({ creating = false }: { creating?: boolean }) => (
  <OrgUnitInputs creating={creating} />
);
