import { authorityStaffRoles, type OrgLevel } from '@cutover/domain';
import {
  FormDataConsumer,
  maxLength,
  minLength,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { enumChoices, staffRoles } from '../common/fields/enums';
import { OrgUnitSearchInput } from '../common/org-unit/OrgUnitSearchInput';

const nameRules = [required(), minLength(2), maxLength(300)];
const contactRules = [maxLength(100)];
const authorityLevels: readonly OrgLevel[] = ['region', 'municipality'];
const schoolLevels: readonly OrgLevel[] = ['institution'];

/** Authority officers work at a region or municipality; everyone else at an institution. */
const placementLevels = (role: unknown) =>
  (authorityStaffRoles as readonly unknown[]).includes(role) ? authorityLevels : schoolLevels;

/**
 * The staff form, shared by Create and Edit. The place of work is chosen on creation only;
 * later it changes through "Transfer", which the server audits as a move.
 */
export const StaffInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    <TextInput source="fullName" validate={nameRules} fullWidth />
    <SelectInput
      source="role"
      choices={enumChoices('staffRole', staffRoles)}
      validate={required()}
    />
    {creating ? (
      <FormDataConsumer<{ role?: unknown }>>
        {({ formData }) => (
          <OrgUnitSearchInput
            source="orgUnitId"
            levels={placementLevels(formData.role)}
            label="cutover.staff.placement"
            validate={required()}
          />
        )}
      </FormDataConsumer>
    ) : null}
    <TextInput
      source="phone"
      validate={contactRules}
      helperText="cutover.staff_actions.phone_hint"
    />
    <TextInput source="email" type="email" validate={contactRules} />
    {creating ? <TextInput source="externalId" validate={[maxLength(100)]} /> : null}
  </>
);
