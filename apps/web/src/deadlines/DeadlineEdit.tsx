import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { DeadlineInputs } from './DeadlineInputs';
import { useDeadlineSave } from './useDeadlineSave';

// Removing is an action on the show page, with its own confirmation.
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** A new date or reason for the same unit and wave: the server's set replaces the old one. */
export const DeadlineEdit = () => {
  const save = useDeadlineSave();
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm onSubmit={save} toolbar={<SaveOnly />}>
        <DeadlineInputs fixedTarget />
      </SimpleForm>
    </Edit>
  );
};
