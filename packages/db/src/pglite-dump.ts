import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import { extract, pack } from 'tar-stream';

const walSegment = /(?:^|\/)pg_wal\/([0-9A-F]{24})$/;

/**
 * A gzipped tarball of PGlite's data directory without spent WAL.
 *
 * PGlite's own dump carries every 16 MB segment in pg_wal: after the demo seed that is
 * 14 of them (240 MB of recycled, barely compressible bytes beside 150 MB of data), and
 * loading such a dump takes three times as long. Recovery only reads from the last
 * checkpoint's redo segment up to the current one; segments before it are spent and
 * segments after it are recycled files nobody has written yet.
 */
export async function dumpWithoutSpentWal(client: PGlite): Promise<Blob> {
  await client.exec('checkpoint');
  const redo = await walFile(client, 'select redo_wal_file as name from pg_control_checkpoint()');
  const dump = await client._runExclusiveTransaction(() => client.dumpDataDir('gzip'));
  // Read after the dump: the dump cannot hold a segment later than this one.
  const current = await walFile(client, 'select pg_walfile_name(pg_current_wal_lsn()) as name');
  const tarball = await withoutWalSegments(
    Buffer.from(await dump.arrayBuffer()),
    (segment) => segment < redo || segment > current,
  );
  return new Blob([new Uint8Array(tarball)]);
}

async function walFile(client: PGlite, query: string): Promise<string> {
  const { rows } = await client.query<{ name: string }>(query);
  const name = rows[0]?.name;
  if (!name) throw new Error(`no WAL file name from: ${query}`);
  return name;
}

/** The tarball again, leaving out the pg_wal segments `drop` names. */
export async function withoutWalSegments(
  gzippedTar: Buffer,
  drop: (segment: string) => boolean,
): Promise<Buffer> {
  const input = extract();
  const output = pack();
  input.on('entry', (header, stream, next) => {
    const segment = walSegment.exec(header.name)?.[1];
    if (segment && drop(segment)) {
      stream.on('end', next);
      stream.resume();
      return;
    }
    stream.pipe(output.entry(header, next));
  });
  input.on('finish', () => output.finalize());
  const [, tarball] = await Promise.all([
    pipeline(Readable.from([gzippedTar]), createGunzip(), input),
    buffer(output.pipe(createGzip())),
  ]);
  return tarball;
}
