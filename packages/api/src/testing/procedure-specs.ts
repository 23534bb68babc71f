import type { Spec } from './spec-kinds';
import { specsAdoption } from './specs-adoption';
import { specsExports } from './specs-exports';
import { specsOrg } from './specs-org';
import { specsPeople } from './specs-people';

export type * from './spec-kinds';

/**
 * Every procedure of the app router must appear here; the matrix test fails on any that
 * does not. A gated procedure is called as every persona on every target relation.
 */
export const procedureSpecs: Record<string, Spec> = {
  ...specsOrg,
  ...specsPeople,
  ...specsAdoption,
  ...specsExports,
};
