import { Create, SimpleForm } from 'react-admin';
import { DeadlineInputs } from './DeadlineInputs';
import { useDeadlineSave } from './useDeadlineSave';

export const DeadlineCreate = () => {
  const save = useDeadlineSave();
  return (
    <Create>
      <SimpleForm onSubmit={save}>
        <DeadlineInputs />
      </SimpleForm>
    </Create>
  );
};
