import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpuUsage } from 'node:process';
import { openDatabase } from '@cutover/db';
import { benchCaller } from './lib/api-caller';

/**
 * CPU of one hot path: a school admin's staff list (first page with total) through the
 * router in-process, 500 times after a warm-up, profiled with the inspector (start-up and
 * module loading left out). `DATABASE_URL=… tsx profile-list.ts INSTITUTION_CODE [OUT]`
 * prints wall and CPU milliseconds per request and writes OUT (a .cpuprofile).
 */
const [code, out = 'list.cpuprofile'] = process.argv.slice(2);
if (!code || !process.env.DATABASE_URL) {
  process.stderr.write('usage: DATABASE_URL=… tsx profile-list.ts INSTITUTION_CODE [OUT]\n');
  process.exit(1);
}
const database = await openDatabase({ url: process.env.DATABASE_URL, poolSize: 4 });
try {
  const school = await benchCaller(database, 'school_admin', code);
  const params = {
    page: 1,
    perPage: 25,
    sort: { field: 'fullName', order: 'ASC' as const },
    filter: {},
  };
  for (let i = 0; i < 50; i++) await school.staff.list(params);
  const runs = 500;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const cpuBefore = cpuUsage();
  const started = performance.now();
  for (let i = 0; i < runs; i++) await school.staff.list(params);
  const wall = performance.now() - started;
  const cpu = cpuUsage(cpuBefore);
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
  const perRequest = (ms: number) => Math.round((ms / runs) * 100) / 100;
  process.stdout.write(
    `${JSON.stringify({ runs, wallMs: perRequest(wall), cpuMs: perRequest((cpu.user + cpu.system) / 1000) })}\n`,
  );
} finally {
  await database.close();
}
