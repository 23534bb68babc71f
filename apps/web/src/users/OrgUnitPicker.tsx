/**
 * Only for audit-log/ and deadlines/, which still import the picker from here: the picker is
 * org-units/OrgUnitSearchInput. Import that in new code; this file goes once they do.
 */
export {
  OrgUnitSearchInput as OrgUnitPicker,
  type OrgUnitSearchInputProps as OrgUnitPickerProps,
} from '../org-units/OrgUnitSearchInput';
