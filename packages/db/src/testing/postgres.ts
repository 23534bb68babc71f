import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server's maintenance database, for CREATE/DROP DATABASE. */
export function adminUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const OBJECT_IN_USE = '55006';

/** Creates a database, optionally as a copy of a template (much faster than migrating). */
export async function createDatabase(url: string, name: string, template?: string) {
  const sql = `create database "${name}"${template ? ` template "${template}"` : ''}`;
  await admin(url, async (client) => {
    // Copies from one template serialize on it; a concurrent copy can briefly hold it.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
}

export async function dropDatabase(url: string, name: string) {
  await admin(url, (client) => client.query(`drop database if exists "${name}" with (force)`));
}
