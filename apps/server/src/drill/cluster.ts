import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.DRILL_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Runs a PostgreSQL binary as the postgres user (initdb refuses root). */
export async function asPostgres(binary: string, args: string[]): Promise<string> {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', path.join(BIN, binary), ...args]]
    : [path.join(BIN, binary), args];
  const { stdout } = await run(cmd, argv as string[], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** A throwaway PostgreSQL 15 cluster on 127.0.0.1 only, trust auth, removed by `destroy`. */
export class DrillCluster {
  readonly root: string;
  readonly dataDir: string;

  constructor(readonly port: number) {
    this.root = mkdtempSync(path.join(tmpdir(), 'cutover-drill-'));
    this.dataDir = path.join(this.root, 'primary');
  }

  url(database = 'cutover', user = 'postgres', password = ''): string {
    const auth = password ? `${user}:${encodeURIComponent(password)}` : user;
    return `postgres://${auth}@127.0.0.1:${this.port}/${database}`;
  }

  async init(): Promise<void> {
    if (process.getuid?.() === 0) chownSync(this.root, uid('postgres'), gid('postgres'));
    await asPostgres('initdb', [
      '-D',
      this.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
    ]);
    await this.start();
    await this.sql('postgres', 'create database cutover');
  }

  start(): Promise<string> {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.root} -c max_connections=300 -c fsync=on`;
    return asPostgres('pg_ctl', [
      '-D',
      this.dataDir,
      '-o',
      options,
      '-w',
      '-t',
      '60',
      '-l',
      path.join(this.root, 'primary.log'),
      'start',
    ]);
  }

  stop(mode: 'fast' | 'immediate' = 'fast'): Promise<string> {
    return asPostgres('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', 'stop']);
  }

  sql(database: string, statement: string): Promise<string> {
    return asPostgres('psql', [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      '-d',
      database,
      '-At',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      statement,
    ]);
  }

  async dump(database: string, file: string): Promise<void> {
    await asPostgres('pg_dump', [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      '-Fc',
      '-f',
      file,
      database,
    ]);
  }

  async restore(file: string, database: string): Promise<void> {
    await this.sql('postgres', `create database ${database}`);
    await asPostgres('pg_restore', [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      '--exit-on-error',
      '-d',
      database,
      file,
    ]);
  }

  /** Stops the cluster if it runs and deletes its directory; never throws. */
  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    rmSync(this.root, { recursive: true, force: true });
  }
}

function uid(user: string): number {
  return Number(execFileSync('id', ['-u', user]).toString().trim());
}
function gid(user: string): number {
  return Number(execFileSync('id', ['-g', user]).toString().trim());
}
