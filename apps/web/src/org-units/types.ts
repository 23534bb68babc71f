import type { RouterOutputs } from '@cutover/api';

/** Client types come from the router, never copied by hand. */
export type OrgUnitRow = RouterOutputs['regions']['list']['data'][number];
export type OrgUnitDetail = RouterOutputs['regions']['byId'];
export type Ancestor = OrgUnitDetail['ancestors'][number];
export type StaffRow = RouterOutputs['staff']['list']['data'][number];
export type StaffDetail = RouterOutputs['staff']['byId'];
