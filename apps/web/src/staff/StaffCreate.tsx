import { Create, SimpleForm } from 'react-admin';
import { StaffInputs } from './StaffInputs';

export const StaffCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <StaffInputs creating />
    </SimpleForm>
  </Create>
);
