import { VersionedEdit } from '../common/forms/VersionedEdit';
import { StaffInputs } from './StaffInputs';

export const StaffEdit = () => (
  <VersionedEdit>
    <StaffInputs />
  </VersionedEdit>
);
