export { createRuntimeRole } from './create-runtime-role';
export { grantRuntimePrivileges, runtimeTablePrivileges } from './runtime-grants';
export {
  assertLeastPrivilegedRole,
  RuntimeRoleError,
  runtimeRoleProblem,
} from './runtime-role-check';
