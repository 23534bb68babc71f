import { createRuntimeRole, grantRuntimePrivileges, openDatabase } from '@cutover/db';
import pg from 'pg';

// Loopback only, a throwaway copy: the password guards nothing else.
const RUNTIME_PASSWORD = 'bench-loopback-only';

export interface BenchCopy {
  /** The copy as its owner (the source URL's user): migrations, seeding bench accounts. */
  ownerUrl: string;
  /** The copy as the runtime role the server runs as. */
  runtimeUrl: string;
  drop(): Promise<void>;
}

const withDatabase = (url: string, name: string) => {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
};

const withUser = (url: string, user: string, password: string) => {
  const next = new URL(url);
  next.username = user;
  next.password = password;
  return next.toString();
};

/**
 * A copy of the given database (CREATE DATABASE … TEMPLATE) that the server may write to
 * (demo accounts, sessions, audit rows) while the source stays as it is, with a runtime role
 * granted as `pnpm db:roles` grants it. The source must have no other connections.
 */
export async function copyForBench(sourceUrl: string, name: string): Promise<BenchCopy> {
  const source = decodeURIComponent(new URL(sourceUrl).pathname.slice(1));
  const admin = new pg.Client({ connectionString: withDatabase(sourceUrl, 'postgres') });
  await admin.connect();
  const ident = (text: string) => `"${text.replaceAll('"', '""')}"`;
  try {
    await admin.query(`drop database if exists ${ident(name)}`);
    await admin.query(`create database ${ident(name)} template ${ident(source)}`);
  } catch (error) {
    throw new Error(
      `could not copy ${source} (${(error as Error).message}); nothing else may be connected to it`,
    );
  } finally {
    await admin.end();
  }
  // One role per copy, so two benchmark runs on different sources never share (or drop) it.
  const runtimeRole = `${name}_app`;
  const ownerUrl = withDatabase(sourceUrl, name);
  const owner = await openDatabase({ url: ownerUrl, poolSize: 1 });
  try {
    await createRuntimeRole(owner.db, runtimeRole, RUNTIME_PASSWORD, { updatePassword: true });
    await grantRuntimePrivileges(owner.db, runtimeRole);
  } finally {
    await owner.close();
  }
  return {
    ownerUrl,
    runtimeUrl: withUser(ownerUrl, runtimeRole, RUNTIME_PASSWORD),
    drop: async () => {
      const end = new pg.Client({ connectionString: withDatabase(sourceUrl, 'postgres') });
      await end.connect();
      try {
        await end.query(`drop database if exists ${ident(name)} with (force)`);
        await end.query(`drop role if exists ${ident(runtimeRole)}`);
      } finally {
        await end.end();
      }
    },
  };
}
