import { maxLength, minLength, regex, required, TextInput } from 'react-admin';
import { DayInput } from '../dates/DayInput';

const codeRules = [
  required(),
  minLength(2),
  maxLength(32),
  regex(/^[A-Za-z0-9-]+$/, 'errors.invalid_code'),
];
const nameRules = [required(), minLength(2), maxLength(300)];
const optionalText = [maxLength(300)];

/** What every unit has, whatever its level; labels come from the level's resource messages. */
export const OrgUnitInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    <TextInput source="code" validate={codeRules} />
    <TextInput source="name" validate={nameRules} fullWidth />
    <TextInput source="nameEn" validate={optionalText} fullWidth />
    <TextInput source="authorityName" validate={optionalText} fullWidth />
    {creating ? <DayInput source="validFrom" /> : null}
  </>
);
