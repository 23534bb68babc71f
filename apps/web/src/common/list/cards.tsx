import { ChatStatusField } from '../chat-table/ChatStatusField';
import { ParentsField } from '../chat-table/ParentsField';
import type { ChatRow } from '../chat-table/types';
import { EnumField } from '../fields/EnumField';
import { FunnelStatusField } from '../fields/FunnelStatusField';
import { ChildCount } from '../org-unit/ChildCount';
import type { OrgUnitRow, StaffRow } from '../rows';
import type { CardContent } from './CardList';

/** The phone cards of records more than one page lists (a resource's own list and a unit's). */

export const staffCard: CardContent<StaffRow> = {
  primary: (person) => person.fullName,
  secondary: () => <FunnelStatusField />,
  tertiary: (person) => person.orgUnitName,
};

export const chatCard: CardContent<ChatRow> = {
  primary: (chat) => chat.title,
  secondary: () => (
    <>
      <ChatStatusField /> <ParentsField />
    </>
  ),
  tertiary: (chat) => chat.orgUnitName,
};

/** A region or municipality: how many units sit below it, and its parent. */
export const unitCard: CardContent<OrgUnitRow> = {
  primary: (unit) => unit.name,
  secondary: () => <ChildCount />,
  tertiary: (unit) => unit.parentName ?? unit.code,
};

export const institutionCard: CardContent<OrgUnitRow> = {
  primary: (unit) => unit.name,
  secondary: () => <EnumField source="kind" enumName="kind" />,
  tertiary: (unit) => unit.parentName,
};
