import { sql } from 'drizzle-orm';
import type { MainProcess } from '../main-process';
import type { DrillCluster } from './cluster';
import {
  type Actor,
  createStaff,
  type KeyedWrite,
  mixedLoad,
  newWrite,
  type Outcome,
  readStaff,
} from './load';
import { countWhere } from './setup';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readyStatus(baseUrl: string): Promise<number> {
  return fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(3000) }).then(
    (r) => r.status,
    () => 0,
  );
}

/** Every write's final class, then whether the database holds each acknowledged one exactly once. */
async function auditWrites(ownerUrl: string, writes: Map<KeyedWrite, Outcome['kind']>) {
  const rows = await countWhere(
    ownerUrl,
    sql`select full_name as name, count(*)::int as n from staff
         where full_name like 'Drill restart %' group by full_name`,
  );
  const stored = new Map(rows.map((row) => [row.name as string, row.n as number]));
  let lost = 0;
  let duplicates = 0;
  const classes = { acknowledged: 0, failed: 0, unknown: 0 };
  for (const [write, kind] of writes) {
    classes[kind]++;
    const n = stored.get(write.fullName) ?? 0;
    if (kind === 'acknowledged' && n === 0) lost++;
    if (n > 1) duplicates += n - 1;
  }
  return { ...classes, storedAfterwards: rows.length, lost, duplicates };
}

/**
 * Writes keep coming while PostgreSQL is restarted `times` times. A write that fails or gets
 * no answer is retried with its key until it is acknowledged or the phase ends.
 */
export async function restartPhase(
  baseUrl: string,
  ownerUrl: string,
  cluster: DrillCluster,
  server: MainProcess,
  actors: Actor[],
  times: number,
  writers = 20,
) {
  const writes = new Map<KeyedWrite, Outcome['kind']>();
  const attempts = { total: 0, retried: 0 };
  let stopping = false;
  const writer = async (n: number) => {
    for (let i = 0; !stopping; i++) {
      const write = newWrite(actors[(n + i) % actors.length] as Actor, 'restart');
      // Acknowledged if any attempt was; else unknown if any attempt got no answer.
      let kind: Outcome['kind'] = 'failed';
      for (let attempt = 0; attempt < 40; attempt++) {
        if (attempt > 0) attempts.retried++;
        attempts.total++;
        const outcome = await createStaff(baseUrl, write);
        if (outcome.kind === 'acknowledged') kind = 'acknowledged';
        else if (outcome.kind === 'unknown') kind = 'unknown';
        if (kind === 'acknowledged' || stopping) break;
        await sleep(250);
      }
      writes.set(write, kind);
    }
  };
  const running = Promise.all(Array.from({ length: writers }, (_, n) => writer(n)));
  const restarts: { readyzWhileDown: number; servedAgainMs: number }[] = [];
  for (let r = 0; r < times; r++) {
    await sleep(3000);
    await cluster.stop('fast');
    await sleep(1500);
    const readyzWhileDown = await readyStatus(baseUrl);
    await cluster.start();
    const back = Date.now();
    let servedAgainMs = -1;
    while (Date.now() - back < 30_000) {
      const outcome = await readStaff(baseUrl, actors[0] as Actor);
      if (outcome.kind === 'acknowledged' && (await readyStatus(baseUrl)) === 200) {
        servedAgainMs = Date.now() - back;
        break;
      }
      await sleep(100);
    }
    restarts.push({ readyzWhileDown, servedAgainMs });
  }
  await sleep(3000);
  stopping = true;
  await running;
  const serverExited = server.child.exitCode !== null || server.child.signalCode !== null;
  const serverOutput = serverExited ? server.output().slice(-4000) : undefined;
  return {
    restarts,
    attempts,
    serverExited,
    serverOutput,
    ...(await auditWrites(ownerUrl, writes)),
  };
}

/** 1,000 replays of one keyed create, 50 at a time: exactly one record, one answer. */
export async function replayPhase(
  baseUrl: string,
  ownerUrl: string,
  actor: Actor,
  replays: number,
) {
  const write = newWrite(actor, 'replay');
  const ids = new Set<number>();
  let failed = 0;
  for (let sent = 0; sent < replays; sent += 50) {
    const batch = Math.min(50, replays - sent);
    const outcomes = await Promise.all(
      Array.from({ length: batch }, () => createStaff(baseUrl, write)),
    );
    for (const outcome of outcomes) {
      if (outcome.kind !== 'acknowledged') failed++;
      else
        ids.add(
          (outcome.body as { result: { data: { json: { id: number } } } }).result.data.json.id,
        );
    }
  }
  const [row] = await countWhere(
    ownerUrl,
    sql`select count(*)::int as n from staff where full_name = ${write.fullName}`,
  );
  return { replays, records: row?.n as number, distinctAnswers: ids.size, failed };
}

/**
 * SIGTERM while `connections` loops send mixed load; a load balancer stops routing once
 * /readyz fails, which the loops model by sending nothing new a second after the signal.
 */
export async function sigtermPhase(
  baseUrl: string,
  server: MainProcess,
  actors: Actor[],
  connections: number,
) {
  let stopSending = false;
  let sent = 0;
  let failed = 0;
  const loop = async (n: number) => {
    for (let i = 0; !stopSending; i++) {
      const actor = actors[(n + i) % actors.length] as Actor;
      sent++;
      const outcome =
        i % 5 === 0
          ? await createStaff(baseUrl, newWrite(actor, 'sigterm'))
          : await readStaff(baseUrl, actor);
      if (outcome.kind !== 'acknowledged') failed++;
    }
  };
  const loops = Promise.all(Array.from({ length: connections }, (_, n) => loop(n)));
  await sleep(3000);
  server.child.kill('SIGTERM');
  await sleep(1000);
  const readyzDraining = await readyStatus(baseUrl);
  stopSending = true;
  await loops;
  const exitCode = await server.exited;
  return { sentAroundSignal: sent, failedInFlight: failed, readyzDraining, exitCode };
}

export { mixedLoad };
