import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 240_000;

export interface BenchServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface BenchServerOptions {
  /** PostgreSQL (owner and runtime URLs) or, when absent, a fresh PGlite demo directory. */
  database?: { url: string; migrationUrl: string };
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  cwd?: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The real server (apps/server, production mode, built web app) as a plain `node` process on
 * a free loopback port, demo accounts on, the periodic refresh off so it does not run under load.
 */
export async function startBenchServer(options: BenchServerOptions = {}): Promise<BenchServer> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'cutover-bench-server-'));
  const logFile = path.join(workDir, 'server.log');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output = openSync(logFile, 'a');
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('DATABASE_')),
    ),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    CUTOVER_DATA_DIR: path.join(workDir, 'data'),
    CUTOVER_DEMO: 'true',
    CUTOVER_SEED: options.database ? 'none' : 'demo',
    CUTOVER_REFRESH_MINUTES: '0',
    CUTOVER_AUDIT_CHECKPOINT_MINUTES: '0',
    // BENCH_WEB_DIST: another build (say, a copy of the one before a change).
    CUTOVER_WEB_DIST: process.env.BENCH_WEB_DIST ?? path.join(repoRoot, 'apps/web/dist'),
    LOG_LEVEL: 'warn',
    ...(options.database
      ? {
          DATABASE_URL: options.database.url,
          DATABASE_MIGRATION_URL: options.database.migrationUrl,
        }
      : {}),
  };
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/main.ts'],
    {
      cwd: options.cwd ?? path.join(repoRoot, 'apps/server'),
      env,
      stdio: ['ignore', output, output],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the server');
  const stop = async () => {
    await stopProcess(child);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    await stop();
    throw new Error(`${(error as Error).message}\n--- server log ---\n${tail}`);
  }
  return { url, pid, stop };
}

async function waitUntilReady(url: string, child: ChildProcess) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before it was ready`,
      );
    }
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

/** SIGTERM lets the server finish and close its pools (and write a --cpu-prof profile). */
export async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
