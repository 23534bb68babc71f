import { Readable } from 'node:stream';
import { type Database, queryRows, schema } from '@cutover/db';
import { sql } from 'drizzle-orm';
import { type SignedIn, signedInCaller, testDeps } from '../testing/callers';
import type { Persona, Tree } from '../testing/tree-fixture';
import { discardFile, receiveFile } from './receive';
import { uploadImport } from './upload';

/** A signed-in persona as both a tRPC caller and the context an HTTP route would build. */
export function importer(database: Database, tree: Tree, persona: Persona) {
  return signedInCaller(testDeps(database), tree, persona);
}
export type Importer = SignedIn;

const bytes = (content: string | Uint8Array) =>
  typeof content === 'string' ? Buffer.from(content, 'utf8') : content;

/** Uploads one staff CSV (or an OneRoster pair) the way the HTTP route does. */
export async function upload(who: Importer, content: string | Uint8Array, name = 'staff.csv') {
  const file = await receiveFile(Readable.from([bytes(content)]), name);
  try {
    return await uploadImport(who.context, { format: 'staff_csv', file });
  } finally {
    await discardFile(file);
  }
}

export async function uploadPair(who: Importer, orgs: string, users: string) {
  const orgsFile = await receiveFile(Readable.from([bytes(orgs)]), 'orgs.csv');
  const usersFile = await receiveFile(Readable.from([bytes(users)]), 'users.csv');
  try {
    return await uploadImport(who.context, {
      format: 'oneroster',
      orgs: orgsFile,
      users: usersFile,
    });
  } finally {
    await Promise.all([discardFile(orgsFile), discardFile(usersFile)]);
  }
}

/** Row counts that an upload must never change: staff and the audit log. */
export async function writtenState(database: Database) {
  const [row] = await queryRows<{ staff: number; audit: number; versions: number }>(
    database.db,
    sql`select (select count(*)::int from staff) as staff, (select count(*)::int from audit_log) as audit,
               (select coalesce(sum(version), 0)::int from staff) as versions`,
  );
  return row;
}

/** A validated, empty import job at a node, created directly: a target for the matrix. */
export async function importJobAt(database: Database, nodeId: number): Promise<number> {
  const [user] = await database.db.select({ id: schema.users.id }).from(schema.users).limit(1);
  const [job] = await database.db
    .insert(schema.importJobs)
    .values({
      kind: 'staff_csv',
      status: 'validated',
      createdByUserId: user?.id ?? 0,
      scopeOrgUnitId: nodeId,
      fileName: 'matrix.csv',
      fileSha256: '0'.repeat(64),
      idempotencyKey: `matrix:${nodeId}:${Math.random()}`,
      counts: { rows: 0 },
    })
    .returning({ id: schema.importJobs.id });
  if (!job) throw new Error('no import job');
  return job.id;
}
