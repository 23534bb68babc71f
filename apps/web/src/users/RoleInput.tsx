import { required, SelectInput } from 'react-admin';
import { enumChoices } from '../common/fields/enums';
import { useGrantableRoles } from './access';

/** Only the roles the signed-in user may grant are offered. */
export const RoleInput = () => {
  const grantable = useGrantableRoles();
  return (
    <SelectInput
      source="role"
      choices={enumChoices('userRole', grantable)}
      isPending={grantable.length === 0}
      validate={required()}
    />
  );
};
