import {
  type Database,
  findNodeByCode,
  firstChild,
  insertAccount,
  recordAudit,
  userExists,
} from '@cutover/db';
import type { Role } from '@cutover/domain';
import { hashPassword } from '../auth/passwords';

export const DEMO_PASSWORD = 'cutover-demo';

interface DemoAccount {
  login: string;
  displayName: string;
  role: Role;
  /** How to find the scope node in the demo country. */
  scope:
    | { code: string }
    | { under: string; level: 'municipality' }
    | { under: string; level: 'school' };
}

/** One account per role at realistic nodes: a region, one of its municipalities, one of its schools. */
export const demoAccounts: readonly DemoAccount[] = [
  {
    login: 'federal@demo.cutover',
    displayName: 'Федеральный администратор',
    role: 'federal_admin',
    scope: { code: 'RU' },
  },
  {
    login: 'region@demo.cutover',
    displayName: 'Администратор Республики Татарстан',
    role: 'regional_admin',
    scope: { code: 'RU-TA' },
  },
  {
    login: 'district@demo.cutover',
    displayName: 'Администратор муниципалитета',
    role: 'district_admin',
    scope: { under: 'RU-TA', level: 'municipality' },
  },
  {
    login: 'school@demo.cutover',
    displayName: 'Администратор школы',
    role: 'school_admin',
    scope: { under: 'RU-TA', level: 'school' },
  },
  {
    login: 'auditor@demo.cutover',
    displayName: 'Аудитор Владимирской области',
    role: 'auditor',
    scope: { code: 'RU-VLA' },
  },
];

async function scopeNodeId(database: Database, scope: DemoAccount['scope']) {
  const { db } = database;
  if ('code' in scope) return (await findNodeByCode(db, scope.code))?.id ?? null;
  const region = await findNodeByCode(db, scope.under);
  if (!region) return null;
  const municipality = await firstChild(db, region.id, 'municipality');
  if (!municipality || scope.level === 'municipality') return municipality?.id ?? null;
  return (await firstChild(db, municipality.id, 'institution', 'school'))?.id ?? null;
}

/** Creates the demo accounts that are missing; only ever called in demo mode. */
export async function ensureDemoAccounts(database: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of demoAccounts) {
    if (await userExists(database.db, account.login)) continue;
    const nodeId = await scopeNodeId(database, account.scope);
    if (!nodeId) continue;
    await database.db.transaction(async (tx) => {
      const created = await insertAccount(tx, {
        login: account.login,
        displayName: account.displayName,
        passwordHash,
        role: account.role,
        scopeOrgUnitId: nodeId,
        isDemo: true,
      });
      await recordAudit(
        tx,
        { userId: null, login: 'system', requestId: null, clientIp: null },
        {
          action: 'user.create_demo',
          entityType: 'user',
          entityId: created.id,
          after: { login: created.login, role: account.role, scopeOrgUnitId: nodeId },
        },
      );
    });
  }
}
