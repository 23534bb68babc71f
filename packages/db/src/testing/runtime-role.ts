import type { Db } from '../client';
import { createRuntimeRole, grantRuntimePrivileges } from '../roles/index';

/**
 * The role PostgreSQL tests connect as, like the server in production: it owns nothing and
 * holds only the runtime grants. Roles are cluster-wide, so one fixed role serves every run
 * (created by whichever run comes first; a concurrent creation counts as success).
 */
export const TEST_RUNTIME_ROLE = 'cutover_test_runtime';
const TEST_RUNTIME_PASSWORD = 'cutover-test-runtime';

export function asTestRuntimeRole(url: string): string {
  const parsed = new URL(url);
  parsed.username = TEST_RUNTIME_ROLE;
  parsed.password = TEST_RUNTIME_PASSWORD;
  return parsed.toString();
}

/** Run by the owner on a migrated database; copies made from it keep the grants. */
export async function grantTestRuntimeRole(owner: Db): Promise<void> {
  await createRuntimeRole(owner, TEST_RUNTIME_ROLE, TEST_RUNTIME_PASSWORD);
  await grantRuntimePrivileges(owner, TEST_RUNTIME_ROLE);
}
