import { openSeededTestDatabase, type TestDatabase } from '@cutover/db/testing';
import { addDays } from '@cutover/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserCaller, type Caller, testDeps } from '../testing/callers';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../users/demo-accounts';

let testDb: TestDatabase;
let federal: Caller;
let regional: Caller;

async function signedIn(login: string) {
  const jar = {};
  const caller = browserCaller(testDeps(testDb.database), jar);
  await caller.auth.signIn({ login, password: DEMO_PASSWORD });
  return caller;
}

beforeAll(async () => {
  testDb = await openSeededTestDatabase();
  await ensureDemoAccounts(testDb.database);
  federal = await signedIn('federal@demo.cutover');
  regional = await signedIn('region@demo.cutover');
}, 180_000);

afterAll(() => testDb?.drop());

describe('dashboard', () => {
  it('tells the national story: early waves done, one closing, one at risk, a few overdue regions', async () => {
    const summary = await federal.dashboard.summary({});
    expect(summary.node.level).toBe('country');
    expect(summary.waves).toHaveLength(6);
    const byCode = new Map(summary.waves.map((w) => [w.wave.code, w]));
    expect(byCode.get('school_chats')?.metrics.adoption.value).toBeGreaterThan(95);
    expect(byCode.get('preschool_vocational_staff')?.risk).toBe('at_risk');
    for (const wave of summary.waves) {
      expect(wave.metrics.adoption.denominator).toBeGreaterThan(0);
      expect(wave.metrics.adoption.source).toMatch(/register|roster|parents/);
    }
    const schoolChats = byCode.get('school_chats');
    if (!schoolChats) throw new Error('no school chats wave');
    const children = await federal.dashboard.children({ waveId: schoolChats.wave.id });
    expect(children.rows).toHaveLength(83);
    expect(children.rows[0]?.risk).toBe('overdue');
    expect(children.rows.filter((r) => r.risk === 'overdue').length).toBeGreaterThan(0);
    expect(children.rows.filter((r) => r.risk === 'done').length).toBeGreaterThan(60);
  }, 60_000);

  it('shows the picture of a past day and a burn-up of at most a thousand points', async () => {
    const live = await regional.dashboard.summary({});
    const past = await regional.dashboard.summary({ asOf: '2025-09-05' });
    expect(past.live).toBe(false);
    const liveChats = live.waves.find((w) => w.wave.code === 'school_chats');
    const pastChats = past.waves.find((w) => w.wave.code === 'school_chats');
    expect(pastChats?.figures.numerator).toBeLessThan(liveChats?.figures.numerator ?? 0);
    const burnup = await regional.dashboard.burnup({ waveId: liveChats?.wave.id ?? 0 });
    expect(burnup.points.length).toBeGreaterThan(10);
    expect(burnup.points.length).toBeLessThanOrEqual(1000);
    const days = burnup.points.map((p) => p.day);
    expect([...days].sort()).toEqual(days);
  }, 60_000);

  it('marks the Tatarstan pilot done for school chats', async () => {
    const summary = await regional.dashboard.summary({});
    expect(summary.node.code).toBe('RU-TA');
    expect(summary.waves.find((w) => w.wave.code === 'school_chats')?.risk).toBe('done');
  });
});

describe('deadlines', () => {
  it('refuses a regional deadline later than the national one, accepts an earlier one, and names its source', async () => {
    const summary = await regional.dashboard.summary({});
    const wave = summary.waves.find((w) => w.wave.code === 'preschool_vocational_parents');
    if (!wave) throw new Error('no parents wave');
    const later = await regional.deadlines
      .create({
        orgUnitId: summary.node.id,
        waveId: wave.wave.id,
        deadline: '2099-01-01',
        reason: 'too late',
      })
      .catch((error: unknown) => error);
    expect(later).toBeInstanceOf(TRPCError);
    expect((later as TRPCError).message).toBe('errors.deadline_later_than_parent');
    const earlier = addDays(wave.deadline.deadline, -14);
    await regional.deadlines.create({
      orgUnitId: summary.node.id,
      waveId: wave.wave.id,
      deadline: earlier,
      reason: 'региональный план',
    });
    const after = await regional.dashboard.summary({});
    const updated = after.waves.find((w) => w.wave.id === wave.wave.id);
    expect(updated?.deadline).toMatchObject({
      deadline: earlier,
      source: {
        kind: 'node',
        nodeId: summary.node.id,
        reason: 'региональный план',
        setBy: 'region@demo.cutover',
      },
    });
    const log = await regional.auditLog.list({
      page: 1,
      perPage: 5,
      sort: { field: 'id', order: 'DESC' },
      filter: { action: 'deadline.' },
    });
    expect(log.data[0]?.action).toMatch(/^deadline\.(create|update)$/);
  });
});
