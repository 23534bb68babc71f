import { orgLevels, roleScopeLevel } from '@cutover/domain';
import { required, useTranslate } from 'react-admin';
import { OrgUnitSearchInput } from '../common/org-unit/OrgUnitSearchInput';
import { asRole } from './access';

/** The scope node, offered only at the level the chosen role is meant for. */
export const ScopeInput = ({ role: chosen }: { role: unknown }) => {
  const translate = useTranslate();
  const role = asRole(chosen);
  const levels = role ? orgLevels.filter((level) => roleScopeLevel[role].includes(level)) : [];
  const hint = role
    ? translate('cutover.users.scope_levels', {
        levels: levels.map((level) => translate(`enums.level.${level}`)).join(', '),
      })
    : translate('cutover.users.choose_role_first');
  return (
    <OrgUnitSearchInput
      source="scopeOrgUnitId"
      levels={levels}
      disabled={!role}
      helperText={hint}
      validate={required()}
    />
  );
};
