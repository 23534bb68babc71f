import { VersionedEdit } from '../org-units/VersionedEdit';
import { StaffInputs } from './StaffInputs';

export const StaffEdit = () => (
  <VersionedEdit>
    <StaffInputs />
  </VersionedEdit>
);
