import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@cutover/api';
import { type Database, insertAccount, openDatabase, queryRows } from '@cutover/db';
import type { Role } from '@cutover/domain';
import { sql } from 'drizzle-orm';

export const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
export const DRILL_PASSWORD = 'drill-password-long-enough';

/** Runs `pnpm <args>` from the repository root; resolves with its exit code and output. */
export function pnpm(args: string[], env: Record<string, string>, timeoutMs = 600_000) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('pnpm', args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

export async function mustPnpm(args: string[], env: Record<string, string>) {
  const result = await pnpm(args, env);
  if (result.code !== 0) throw new Error(`pnpm ${args.join(' ')} failed:\n${result.output}`);
  return result.output;
}

export interface DrillAccount {
  login: string;
  role: Role;
  institutionId: number;
}

/** One signed-in role per level: federal, regional, district; each with an institution in scope. */
export async function createAccounts(ownerUrl: string): Promise<DrillAccount[]> {
  const owner = await openDatabase({ url: ownerUrl, poolSize: 2 });
  try {
    const [region] = await unitsAt(owner, 'region');
    const [municipality] = await unitsAt(owner, 'municipality', region?.id);
    const [country] = await unitsAt(owner, 'country');
    if (!region || !municipality || !country) throw new Error('the seed made no tree');
    const plan: [Role, number][] = [
      ['federal_admin', country.id],
      ['regional_admin', region.id],
      ['district_admin', municipality.id],
    ];
    const passwordHash = await hashPassword(DRILL_PASSWORD);
    const accounts: DrillAccount[] = [];
    for (const [role, scope] of plan) {
      const login = `drill-${role}@drill.test`;
      await insertAccount(owner.db, {
        login,
        displayName: `Drill ${role}`,
        passwordHash,
        role,
        scopeOrgUnitId: scope,
        isDemo: false,
      });
      const [institution] = await unitsAt(owner, 'institution', municipality.id);
      if (!institution) throw new Error('no institution under the municipality');
      accounts.push({ login, role, institutionId: institution.id });
    }
    return accounts;
  } finally {
    await owner.close();
  }
}

function unitsAt(owner: Database, level: string, under?: number) {
  const within = under === undefined ? sql`true` : sql`path @> array[${under}::int]`;
  return queryRows<{ id: number }>(
    owner.db,
    sql`select id from org_units where level = ${level} and valid_to is null and ${within}
         order by id limit 1`,
  );
}

/** Row counts of every table in the public schema, for comparing a restore with its source. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  const database = await openDatabase({ url, poolSize: 1 });
  try {
    const tables = await queryRows<{ name: string }>(
      database.db,
      sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await queryRows<{ n: number }>(
        database.db,
        sql.raw(`select count(*)::int as n from public."${name}"`),
      );
      counts[name] = row?.n ?? 0;
    }
    return counts;
  } finally {
    await database.close();
  }
}

export async function countWhere(url: string, statement: ReturnType<typeof sql>) {
  const database = await openDatabase({ url, poolSize: 1 });
  try {
    return await queryRows<Record<string, unknown>>(database.db, statement);
  } finally {
    await database.close();
  }
}
