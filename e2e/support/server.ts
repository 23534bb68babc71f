import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths';

export interface RunningServer {
  url: string;
  pid: number;
  /** The server's PGlite data directory (removed by `stop`). */
  dataDir: string;
  /** Stops the server process only, releasing the data directory's lock (it stays on disk). */
  halt(): Promise<void>;
  stop(): Promise<void>;
}

/** First start seeds the demo country into the fresh data directory: that takes a while. */
const READY_TIMEOUT_MS = 240_000;

function freePort(): Promise<number> {
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
 * Starts the real server as a plain `node` process (a pnpm or tsx CLI wrapper would
 * outlive a kill of its pid) on a free port, with a fresh PGlite data directory.
 */
export async function startServer(log: (line: string) => void): Promise<RunningServer> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'cutover-e2e-'));
  const logFile = path.join(workDir, 'server.log');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(repoRoot, 'apps/server'),
    env: {
      ...withoutDatabaseUrls(process.env),
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      CUTOVER_DATA_DIR: path.join(workDir, 'data'),
      CUTOVER_DEMO: 'true',
      CUTOVER_SEED: 'demo',
      CUTOVER_WEB_DIST: path.join(repoRoot, 'apps/web/dist'),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', output, output],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the server');

  const halt = () => stopProcess(child);
  const stop = async () => {
    await halt();
    rmSync(workDir, { recursive: true, force: true });
  };
  const started = Date.now();
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    await stop();
    throw new Error(`${(error as Error).message}\n--- server log (last lines) ---\n${tail}`);
  }
  log(`server ready at ${url} (pid ${pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { url, pid, dataDir: path.join(workDir, 'data'), halt, stop };
}

/** The browser tests run on PGlite, even when the unit tests are pointed at PostgreSQL. */
export function withoutDatabaseUrls(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name !== 'DATABASE_URL' && name !== 'DATABASE_READ_URL'),
  );
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
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet: the demo country is still being seeded.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}

/** SIGTERM lets the server close PGlite cleanly; SIGKILL only if it hangs. */
async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
