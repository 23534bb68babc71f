/** The demo accounts the server creates on a demo start (CUTOVER_DEMO=true). */
export const roles = ['federal', 'region', 'district', 'school', 'auditor'] as const;
export type Role = (typeof roles)[number];

export const DEMO_PASSWORD = 'cutover-demo';

export function loginOf(role: Role): string {
  return `${role}@demo.cutover`;
}
