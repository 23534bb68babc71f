import type { RouterOutputs } from '@cutover/api';

/** Client types come from the router, never copied by hand. */
export type OrgUnitRow = RouterOutputs['regions']['list']['data'][number];
export type OrgUnitDetail = RouterOutputs['regions']['byId'];
export type Ancestor = OrgUnitDetail['ancestors'][number];
export type StaffRow = RouterOutputs['staff']['list']['data'][number];
export type StaffDetail = RouterOutputs['staff']['byId'];
export type ImportStatus = RouterOutputs['imports']['list']['data'][number]['status'];

/**
 * What a show page renders: react-admin first shows the row it already has from the list
 * and swaps in byId's answer (with ancestors and subtree counts) when it arrives.
 */
export type OrgUnitShown = OrgUnitRow & Partial<OrgUnitDetail>;
