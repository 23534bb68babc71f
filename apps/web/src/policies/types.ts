import type { RouterInputs, RouterOutputs } from '@cutover/api';

/** Client types come from the router, never copied by hand. */
type Outputs = RouterOutputs['policies'];
export type EffectivePolicies = Outputs['effective'];
export type PolicyNode = EffectivePolicies['node'];
export type EffectivePolicy = EffectivePolicies['policies'][number];
export type ChainLink = EffectivePolicy['chain'][number];
export type PolicyPreview = Outputs['preview'];
export type PreviewInput = RouterInputs['policies']['preview'];
export type OverrideRow = Outputs['overrides'][number];
export type AuditRow = RouterOutputs['auditLog']['list']['data'][number];
export type OrgUnitOption = RouterOutputs['orgUnits']['search'][number];
export type OrgUnitWithAncestors = RouterOutputs['orgUnits']['byId'];
