import type { TestDatabase } from '@cutover/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../testing/callers';
import { openTreeDatabase } from '../testing/tree-database';
import type { Tree } from '../testing/tree-fixture';

let testDb: TestDatabase;
let tree: Tree;
let federal: Caller;
let regional: Caller;
let school: Caller;

beforeAll(async () => {
  ({
    testDb,
    tree,
    signedIn: [{ caller: federal }, { caller: regional }, { caller: school }],
  } = await openTreeDatabase(
    { name: 'fed', role: 'federal_admin', scopeCode: 'T-RU' },
    { name: 'reg', role: 'regional_admin', scopeCode: 'T-R0' },
    { name: 'sch', role: 'school_admin', scopeCode: 'T-R0M0S0' },
  ));
}, 60_000);

afterAll(() => testDb?.drop());

const key = 'childrens_mode.enabled' as const;

describe('policies inherit down the tree with locks and provenance', () => {
  it('a school inherits the default until someone sets a value', async () => {
    const view = await school.policies.effective({});
    expect(view.policies.find((p) => p.key === key)).toMatchObject({
      value: true,
      source: { kind: 'default' },
    });
  });

  it('a regional override applies below the region until a federal lock shadows it', async () => {
    const region = tree.byCode('T-R0');
    await regional.policies.set({
      orgUnitId: region.id,
      key: 'childrens_mode.pin_length',
      value: 6,
      locked: false,
      reason: 'regional choice',
    });
    const preview = await federal.policies.preview({
      orgUnitId: tree.byCode('T-RU').id,
      key: 'childrens_mode.pin_length',
      value: 4,
      locked: true,
    });
    expect(preview.reach.institutions).toBe(8);
    expect(preview.reach.staff).toBeGreaterThan(0);
    expect(preview.shadowed.map((s) => s.nodeId)).toEqual([region.id]);
  });

  it('federal locks children’s mode on; the region cannot override it; the school names the federal source', async () => {
    const country = tree.byCode('T-RU');
    await federal.policies.set({
      orgUnitId: country.id,
      key,
      value: true,
      locked: true,
      reason: 'федеральное требование',
    });
    const regionView = await regional.policies.effective({});
    expect(regionView.policies.find((p) => p.key === key)).toMatchObject({ lockedBy: country.id });
    const refused = await regional.policies
      .set({
        orgUnitId: tree.byCode('T-R0').id,
        key,
        value: false,
        locked: false,
        reason: 'try to loosen',
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).message).toBe('policies.errors.locked_above');
    const view = await school.policies.effective({});
    const policy = view.policies.find((p) => p.key === key);
    expect(policy?.source).toMatchObject({
      kind: 'node',
      nodeId: country.id,
      reason: 'федеральное требование',
      setByLogin: 'fed@test',
      locked: true,
    });
    expect(policy?.chain.map((link) => link.status)).toEqual(['effective']);
  });

  it('refuses a value outside the schema with a field error, and records every change', async () => {
    const bad = await regional.policies
      .set({
        orgUnitId: tree.byCode('T-R0').id,
        key: 'childrens_mode.pin_length',
        value: 12,
        locked: false,
        reason: 'too long',
      })
      .catch((error: unknown) => error);
    expect((bad as TRPCError).code).toBe('BAD_REQUEST');
    const log = await federal.auditLog.list({
      page: 1,
      perPage: 10,
      sort: { field: 'id', order: 'ASC' },
      filter: { action: 'policy.' },
    });
    expect(log.data.map((row) => row.action)).toEqual(['policy.set', 'policy.set']);
  });
});
