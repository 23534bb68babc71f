import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, stopProcess } from './server-process';

// The last 4.x release (checked with `npm view postgraphile@4 version`); override to compare another.
const VERSION = process.env.BENCH_POSTGRAPHILE_VERSION ?? '4.14.1';
const READY_TIMEOUT_MS = 120_000;

export interface PostGraphileServer {
  version: string;
  /** The GraphQL endpoint on loopback. */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * PostGraphile 4 installed on demand into a throwaway directory (never a dependency of the
 * app or the bench package) and started on a free loopback port against `databaseUrl`, as
 * its docs advise for production: no GraphiQL, no query log, NODE_ENV=production, the
 * default pool of 10.
 */
export async function startPostGraphile(databaseUrl: string): Promise<PostGraphileServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cutover-bench-postgraphile-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    await promisify(execFile)(
      'npm',
      [
        'install',
        '--prefix',
        dir,
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        `postgraphile@${VERSION}`,
      ],
      { timeout: 300_000 },
    );
  } catch (error) {
    remove();
    throw new Error(`could not install postgraphile@${VERSION}: ${(error as Error).message}`);
  }
  const port = await freePort();
  const logFile = path.join(dir, 'postgraphile.log');
  const output = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      path.join(dir, 'node_modules/postgraphile/cli.js'),
      ...['--connection', databaseUrl, '--schema', 'public'],
      ...['--host', '127.0.0.1', '--port', String(port)],
      '--disable-graphiql',
      '--disable-query-log',
    ],
    {
      cwd: dir,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', output, output],
    },
  );
  const pid = child.pid;
  if (pid === undefined) {
    remove();
    throw new Error('could not start PostGraphile');
  }
  const url = `http://127.0.0.1:${port}/graphql`;
  const stop = async () => {
    await stopProcess(child);
    remove();
  };
  try {
    await waitUntilAnswering(url, child);
  } catch (error) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    await stop();
    throw new Error(`${(error as Error).message}\n--- PostGraphile log ---\n${tail}`);
  }
  return { version: VERSION, url, pid, stop };
}

async function waitUntilAnswering(url: string, child: ChildProcess) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `PostGraphile exited (${child.exitCode ?? child.signalCode}) before it answered`,
      );
    }
    try {
      const response = await graphql(url, '{ __typename }');
      if (response.data) return;
    } catch {
      // Not listening yet (it introspects the schema first).
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`PostGraphile did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

export async function graphql(url: string, query: string, variables: object = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`PostGraphile: ${body.errors[0]?.message}`);
  return body as { data: unknown };
}
