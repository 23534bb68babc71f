import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { extract, pack } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { queryRows } from './client';
import { withoutWalSegments } from './pglite-dump';
import { isEngineIndependentRun } from './testing/index';
import { openFrom, pgliteSnapshot } from './testing/pglite-snapshot';
import { utcToday } from './testing/seed-module';

/** Every entry of a gzipped tarball: its name and its content. */
async function entriesOf(tarball: Buffer): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  const reader = extract();
  reader.on('entry', async (header, stream, next) => {
    entries.set(header.name, (await buffer(stream)).toString());
    next();
  });
  await pipeline(Readable.from([tarball]), createGunzip(), reader);
  return entries;
}

async function walSegmentsIn(tarball: Blob): Promise<string[]> {
  const entries = await entriesOf(Buffer.from(await tarball.arrayBuffer()));
  return [...entries.keys()].flatMap((name) => /pg_wal\/([0-9A-F]{24})$/.exec(name)?.[1] ?? []);
}

const segment = (n: number) => n.toString(16).toUpperCase().padStart(24, '0');

describe.runIf(isEngineIndependentRun())('withoutWalSegments', () => {
  it('drops the segments asked for and keeps everything else byte for byte', async () => {
    const tar = pack();
    const files: Record<string, string> = {
      'pgdata/PG_VERSION': '17',
      [`pgdata/pg_wal/${segment(1)}`]: 'spent',
      [`pgdata/pg_wal/${segment(2)}`]: 'current',
      [`pgdata/pg_wal/${segment(3)}`]: 'recycled',
      'pgdata/pg_wal/archive_status/x': 'status',
      'pgdata/base/5/1259': 'x'.repeat(70_000),
    };
    for (const [name, content] of Object.entries(files)) tar.entry({ name }, content);
    tar.finalize();
    const gzipped = await buffer(tar.pipe(createGzip()));

    const kept = await entriesOf(await withoutWalSegments(gzipped, (name) => name !== segment(2)));
    const {
      [`pgdata/pg_wal/${segment(1)}`]: _spent,
      [`pgdata/pg_wal/${segment(3)}`]: _recycled,
      ...rest
    } = files;
    expect(Object.fromEntries(kept)).toEqual(rest);
  });
});

// PGlite only, on either test engine: from the cached migrated snapshot, which skips initdb.
describe.runIf(isEngineIndependentRun())('a PGlite dump', () => {
  it('keeps the segments recovery needs: the copy holds every committed row', async () => {
    const source = await openFrom(await pgliteSnapshot('migrated', utcToday(), () => {}));
    try {
      await source.db.execute(sql`create table kept (n int)`);
      for (let round = 0; round < 2; round++) {
        await source.db.execute(sql`insert into kept select generate_series(1, 1000)`);
        // Each switch starts a new 16 MB segment; checkpoints recycle the old ones ahead.
        await source.db.execute(sql`select pg_switch_wal()`);
        await source.db.execute(sql`checkpoint`);
      }
      await source.db.execute(sql`insert into kept values (-1)`);
      const dump = await source.dumpDataDir?.();
      if (!dump) throw new Error('PGlite dumps its data directory');
      const segments = await walSegmentsIn(dump);
      expect(segments.length).toBeGreaterThan(0);

      const file = path.join(mkdtempSync(path.join(tmpdir(), 'cutover-dump-')), 'dump.tar.gz');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      const copy = await openFrom(file);
      try {
        const rows = await queryRows<{ n: number; last: number }>(
          copy.db,
          sql`select count(*)::int as n, min(n)::int as last from kept`,
        );
        expect(rows[0]).toEqual({ n: 2001, last: -1 });
      } finally {
        await copy.close();
      }
    } finally {
      await source.close();
    }
  });
});
