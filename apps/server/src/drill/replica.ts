import { rmSync } from 'node:fs';
import path from 'node:path';
import { asPostgres, type DrillCluster } from './cluster';

/** A streaming replica of the drill's cluster: `pg_basebackup -R`, its own port, hot standby. */
export class DrillReplica {
  readonly dataDir: string;

  constructor(
    readonly primary: DrillCluster,
    readonly port: number,
  ) {
    this.dataDir = path.join(primary.root, 'replica');
  }

  url(database = 'cutover', user = 'postgres', password = ''): string {
    const auth = password ? `${user}:${encodeURIComponent(password)}` : user;
    return `postgres://${auth}@127.0.0.1:${this.port}/${database}`;
  }

  /** Copies the running primary (WAL streamed during the copy) and starts the standby. */
  async create(): Promise<void> {
    await asPostgres('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.primary.port),
      '-U',
      'postgres',
      '-D',
      this.dataDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    await this.start();
  }

  start(): Promise<string> {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.primary.root} -c max_connections=300 -c hot_standby=on`;
    return asPostgres('pg_ctl', [
      '-D',
      this.dataDir,
      '-o',
      options,
      '-w',
      '-t',
      '60',
      '-l',
      path.join(this.primary.root, 'replica.log'),
      'start',
    ]);
  }

  stop(mode: 'fast' | 'immediate' = 'fast'): Promise<string> {
    return asPostgres('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', 'stop']);
  }

  sql(statement: string): Promise<string> {
    return asPostgres('psql', [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      '-d',
      'cutover',
      '-At',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      statement,
    ]);
  }

  /** Stops the standby if it runs and deletes its directory; never throws. */
  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
