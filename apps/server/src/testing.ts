import {
  type ChildProcessByStdio,
  type SpawnOptionsWithStdioTuple,
  spawn,
} from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@cutover/api';
import { buildTree, testDeps } from '@cutover/api/testing';
import { type Database, insertAccount } from '@cutover/db';
import { openTestDatabase } from '@cutover/db/testing';
import { createServer, type ServerOptions } from './server';

/** The federal admin (scope: the tree's root) that the HTTP tests sign in as. */
export const TEST_ADMIN = { login: 'admin@test', password: 'a-long-password' } as const;

/** The scope-test tree and TEST_ADMIN on a fresh test database. */
export async function seedTreeAndAdmin(database: Database) {
  const tree = await buildTree(database);
  await insertAccount(database.db, {
    login: TEST_ADMIN.login,
    displayName: 'Admin',
    passwordHash: await hashPassword(TEST_ADMIN.password),
    role: 'federal_admin',
    scopeOrgUnitId: 1,
    isDemo: false,
  });
  return tree;
}

/** A real server on a random local port over the given database. */
export async function startTestServer(
  database: Database,
  options: Omit<ServerOptions, 'deps' | 'secureCookies'> = {},
) {
  const app = await createServer({ deps: testDeps(database), secureCookies: false, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

/**
 * A fresh test database with the tree and TEST_ADMIN, a server over it, and the admin
 * signed in over HTTP (`cookie`); `close` stops the server and drops the database.
 */
export async function signedInTestServer() {
  const testDb = await openTestDatabase();
  await seedTreeAndAdmin(testDb.database);
  const { app, baseUrl } = await startTestServer(testDb.database);
  const { cookie } = await signInOverHttp(baseUrl, TEST_ADMIN.login, TEST_ADMIN.password);
  const close = async () => {
    await app.close();
    await testDb.drop();
  };
  return { testDb, app, baseUrl, cookie, close };
}

export const webHeaders = { 'content-type': 'application/json', 'x-cutover-client': 'web' };

/** Signs in over HTTP and returns the session cookie to send back. */
export async function signInOverHttp(baseUrl: string, login: string, password: string) {
  const response = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: webHeaders,
    body: JSON.stringify({ json: { login, password } }),
  });
  const cookie = response.headers.get('set-cookie') ?? '';
  return { response, cookie: cookie.split(';')[0] ?? '' };
}

/**
 * Adds a teacher through the API; resolves to the HTTP status, or to what broke the request
 * ("failed: …") when no response came.
 */
export function createStaffOverHttp(
  baseUrl: string,
  cookie: string,
  orgUnitId: number,
  fullName: string,
): Promise<number | string> {
  return fetch(`${baseUrl}/trpc/staff.create`, {
    method: 'POST',
    headers: { ...webHeaders, cookie },
    body: JSON.stringify({ json: { orgUnitId, fullName, role: 'teacher' } }),
  }).then(
    (response) => response.status,
    (error: Error) =>
      `failed: ${error.message} ${String((error.cause as Error | undefined)?.message)}`,
  );
}

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = path.join(serverDir, 'node_modules/.bin/tsx');

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a server script (`src/...`) in a new process and collects its output until it exits. */
export function runScript(script: string, env: Record<string, string>, timeoutMs: number) {
  return collect(script, spawn(tsx, [script], options(serverDir, env)), timeoutMs);
}

/**
 * Runs `pnpm <name> <args>` from the repository root, exactly as the README tells people to,
 * so the exit code is the one a caller of that command sees.
 */
export function runRootScript(
  name: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
) {
  return collect(`pnpm ${name}`, spawn('pnpm', [name, ...args], options(repoRoot, env)), timeoutMs);
}

function options(
  cwd: string,
  env: Record<string, string>,
): SpawnOptionsWithStdioTuple<'ignore', 'pipe', 'pipe'> {
  return { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] };
}

function collect(
  name: string,
  child: ChildProcessByStdio<null, Readable, Readable>,
  timeoutMs: number,
) {
  return new Promise<ScriptResult>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not exit: ${stdout}${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
