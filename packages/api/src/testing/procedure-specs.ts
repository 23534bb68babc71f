import type { Caller } from './callers';
import type { TargetKind } from './matrix-targets';

/** How a procedure behaves for a target outside the caller's subtree. */
export type OutsideScope = 'NOT_FOUND' | 'EMPTY' | 'BAD_REQUEST';

export interface GatedSpec {
  kind: 'gated';
  target: TargetKind;
  outside: OutsideScope;
  invoke(caller: Caller, id: number, helpers: SpecHelpers): Promise<unknown>;
}

export interface OpenSpec {
  kind: 'open';
  /** Where this procedure's own tests live (they are not behind the scope gate). */
  testedIn: string;
}

/** Open to every signed-in role, and only ever on the caller's own rows. */
export interface SelfSpec {
  kind: 'self';
  /** Where the isolation between two users is proven. */
  testedIn: string;
}

/** National data, the same for every scope (the waves): only the role decides. */
export interface GlobalSpec {
  kind: 'global';
  invoke(caller: Caller): Promise<unknown>;
}

export interface SpecHelpers {
  /** The fixture's one wave, with a deadline set at every node. */
  waveId: number;
  userVersion(id: number): Promise<number>;
  nodeVersion(id: number): Promise<number>;
  /** A new open institution under the parent, created directly in the database. */
  freshInstitution(parentId: number): Promise<number>;
  /** A validated, empty import job whose scope is the node, created directly. */
  importJob(nodeId: number): Promise<number>;
  unique(): string;
}

const list = (
  target: TargetKind,
  call: (c: Caller, withinId: number) => Promise<unknown>,
): GatedSpec => ({
  kind: 'gated',
  target,
  outside: 'EMPTY',
  invoke: (c, id) => call(c, id),
});
const byId = (
  target: TargetKind,
  call: (c: Caller, id: number) => Promise<unknown>,
): GatedSpec => ({
  kind: 'gated',
  target,
  outside: 'NOT_FOUND',
  invoke: (c, id) => call(c, id),
});
const within = (withinId: number) => ({ page: 1, perPage: 100, filter: { withinId } });
const open = (testedIn: string): OpenSpec => ({ kind: 'open', testedIn });
const self = (testedIn: string): SelfSpec => ({ kind: 'self', testedIn });

/** The version the caller reads first, as a form would; 1 for a row it cannot see. */
const versionSeen = (read: Promise<{ version: number }>) =>
  read.then(
    (row) => row.version,
    () => 1,
  );

/**
 * Every procedure of the app router must appear here; the matrix test fails on any that
 * does not. A gated procedure is called as every persona on every target relation.
 */
export const procedureSpecs: Record<string, GatedSpec | OpenSpec | SelfSpec | GlobalSpec> = {
  'auth.signIn': open('auth.test.ts'),
  'auth.signOut': open('auth.test.ts'),
  'auth.me': open('auth.test.ts'),
  'auth.secondFactorStatus': open('auth.test.ts'),
  'auth.startTotpEnrolment': open('auth.test.ts'),
  'auth.verifyTotp': open('auth.test.ts'),

  'regions.list': list('region', (c, id) => c.regions.list(within(id))),
  'regions.byId': byId('region', (c, id) => c.regions.byId({ id })),
  'regions.byIds': list('region', (c, id) => c.regions.byIds({ ids: [id] })),
  'municipalities.list': list('municipality', (c, id) => c.municipalities.list(within(id))),
  'municipalities.byId': byId('municipality', (c, id) => c.municipalities.byId({ id })),
  'municipalities.byIds': list('municipality', (c, id) => c.municipalities.byIds({ ids: [id] })),
  'institutions.list': list('institution', (c, id) => c.institutions.list(within(id))),
  'institutions.byId': byId('institution', (c, id) => c.institutions.byId({ id })),
  'institutions.byIds': list('institution', (c, id) => c.institutions.byIds({ ids: [id] })),
  'staff.list': list('anyNode', (c, id) => c.staff.list(within(id))),
  'staff.byId': byId('staff', (c, id) => c.staff.byId({ id })),
  'staff.byIds': list('staff', (c, id) => c.staff.byIds({ ids: [id] })),
  'users.list': list('anyNode', (c, id) => c.users.list(within(id))),
  'users.byId': byId('user', (c, id) => c.users.byId({ id })),
  'users.byIds': list('user', (c, id) => c.users.byIds({ ids: [id] })),
  'users.create': {
    kind: 'gated',
    target: 'institution',
    outside: 'BAD_REQUEST',
    invoke: (c, id, h) =>
      c.users.create({
        login: `new-${h.unique()}@test`,
        displayName: 'New school admin',
        role: 'school_admin',
        scopeOrgUnitId: id,
        password: 'a-long-enough-password',
      }),
  },
  'users.update': {
    kind: 'gated',
    target: 'user',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) =>
      c.users.update({
        id,
        version: await h.userVersion(id),
        displayName: `Renamed ${h.unique()}`,
      }),
  },
  'users.resetPassword': {
    kind: 'gated',
    target: 'user',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) =>
      c.users.resetPassword({
        id,
        version: await h.userVersion(id),
        password: 'another-long-password',
      }),
  },
  'auditLog.list': list('anyNode', (c, id) => c.auditLog.list(within(id))),
  'auditLog.byId': byId('audit', (c, id) => c.auditLog.byId({ id })),
  'auditLog.byIds': list('audit', (c, id) => c.auditLog.byIds({ ids: [id] })),

  'orgUnits.children': list('municipality', (c, id) => c.orgUnits.children({ parentId: id })),
  'orgUnits.search': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'EMPTY',
    invoke: async (c, id, h) => {
      const institution = await h.freshInstitution(id).catch(() => null);
      const found = await c.orgUnits.search({ q: `F-${id}-`, limit: 50 });
      return institution === null ? [] : found;
    },
  },
  'orgUnits.byId': byId('anyNode', (c, id) => c.orgUnits.byId({ id })),
  'orgUnits.create': {
    kind: 'gated',
    target: 'municipality',
    outside: 'BAD_REQUEST',
    invoke: (c, id, h) =>
      c.orgUnits.create({
        parentId: id,
        kind: 'school',
        code: `NEW-${h.unique()}`,
        name: 'МБОУ «Новая школа»',
      }),
  },
  'orgUnits.update': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) =>
      c.orgUnits.update({ id, version: await h.nodeVersion(id), nameEn: `Renamed ${h.unique()}` }),
  },
  'orgUnits.move': {
    kind: 'gated',
    target: 'municipality',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) => {
      const school = await h.freshInstitution(id).catch(() => id);
      return c.orgUnits.move({ id: school, version: 1, newParentId: id, reason: 'matrix check' });
    },
  },
  'orgUnits.close': {
    kind: 'gated',
    target: 'municipality',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) => {
      const school = await h.freshInstitution(id).catch(() => id);
      return c.orgUnits.close({
        id: school,
        version: 1,
        validTo: '2030-01-01',
        reason: 'matrix check',
      });
    },
  },
  'orgUnits.merge': {
    kind: 'gated',
    target: 'municipality',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) => {
      const source = await h.freshInstitution(id).catch(() => id);
      const target = await h.freshInstitution(id).catch(() => id);
      return c.orgUnits.merge({
        id: source,
        version: 1,
        targetId: target,
        validTo: '2030-01-01',
        reason: 'matrix check',
      });
    },
  },

  'staff.create': {
    kind: 'gated',
    target: 'institution',
    outside: 'BAD_REQUEST',
    invoke: (c, id, h) =>
      c.staff.create({
        orgUnitId: id,
        fullName: `Новый учитель ${h.unique()}`,
        role: 'teacher',
        phone: '8 (900) 000-00-00',
      }),
  },
  'staff.update': {
    kind: 'gated',
    target: 'staff',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) =>
      c.staff.update({
        id,
        version: await versionSeen(c.staff.byId({ id })),
        fullName: `Переименован ${h.unique()}`,
      }),
  },
  'staff.deactivate': {
    kind: 'gated',
    target: 'staff',
    outside: 'NOT_FOUND',
    invoke: async (c, id) =>
      c.staff.deactivate({ id, version: await versionSeen(c.staff.byId({ id })) }),
  },
  'staff.reactivate': {
    kind: 'gated',
    target: 'staff',
    outside: 'NOT_FOUND',
    invoke: async (c, id) =>
      c.staff.reactivate({ id, version: await versionSeen(c.staff.byId({ id })) }),
  },
  'staff.transfer': {
    kind: 'gated',
    target: 'staff',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) => {
      const person = await c.staff.byId({ id }).catch(() => null);
      if (!person) return c.staff.transfer({ id, version: 1, targetOrgUnitId: id });
      const units = await c.institutions.list({ page: 1, perPage: 100, filter: {} });
      // A school admin's scope holds one institution: add one inside it to move to.
      const other =
        units.data.find((u) => u.id !== person.orgUnitId)?.id ??
        (await h.freshInstitution(person.orgUnitId));
      const away = await c.staff.transfer({ id, version: person.version, targetOrgUnitId: other });
      // And back, so the fixture row stays where the other personas expect it.
      return c.staff.transfer({ id, version: away.version, targetOrgUnitId: person.orgUnitId });
    },
  },
  'staff.bulk': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'EMPTY',
    invoke: async (c, id) => {
      const filter = { withinId: id };
      const gone = await c.staff.bulk({ action: 'deactivate', filter });
      const back = await c.staff.bulk({ action: 'reactivate', filter });
      if (back.affected !== gone.affected) throw new Error('reactivate did not undo deactivate');
      return gone.affected > 0 ? [gone] : [];
    },
  },

  'chats.list': list('anyNode', (c, id) => c.chats.list(within(id))),
  'chats.byId': byId('chat', (c, id) => c.chats.byId({ id })),
  'chats.byIds': list('chat', (c, id) => c.chats.byIds({ ids: [id] })),
  'chats.update': {
    kind: 'gated',
    target: 'chat',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) =>
      c.chats.update({
        id,
        version: await versionSeen(c.chats.byId({ id })),
        title: `5А parents ${h.unique()}`,
      }),
  },
  'chats.bulkStatus': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'EMPTY',
    invoke: async (c, id) => {
      const filter = { withinId: id };
      const moved = await c.chats.bulkStatus({ status: 'migrating', filter });
      const back = await c.chats.bulkStatus({ status: 'legacy', filter });
      if (back.affected !== moved.affected) throw new Error('status change did not undo');
      return moved.affected > 0 ? [moved] : [];
    },
  },

  'imports.list': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'EMPTY',
    invoke: async (c, id, h) => {
      await h.importJob(id).catch(() => null);
      return c.imports.list(within(id));
    },
  },
  'imports.byId': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) => c.imports.byId({ id: await h.importJob(id).catch(() => id) }),
  },
  'imports.commit': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) => c.imports.commit({ id: await h.importJob(id).catch(() => id) }),
  },

  'savedFilters.list': self('saved-filters.test.ts'),
  'savedFilters.create': self('saved-filters.test.ts'),
  'savedFilters.delete': self('saved-filters.test.ts'),

  'waves.list': { kind: 'global', invoke: (c) => c.waves.list() },
  'waves.byId': {
    kind: 'global',
    invoke: async (c) => c.waves.byId({ id: (await c.waves.list()).data[0]?.id ?? 0 }),
  },
  'dashboard.summary': byId('anyNode', (c, id) => c.dashboard.summary({ nodeId: id })),
  'dashboard.children': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'NOT_FOUND',
    invoke: (c, id, h) => c.dashboard.children({ nodeId: id, waveId: h.waveId }),
  },
  'dashboard.burnup': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'NOT_FOUND',
    invoke: (c, id, h) => c.dashboard.burnup({ nodeId: id, waveId: h.waveId }),
  },
  'dashboard.worstInstitutions': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'NOT_FOUND',
    invoke: (c, id, h) => c.dashboard.worstInstitutions({ nodeId: id, waveId: h.waveId }),
  },
  'deadlines.list': list('anyNode', (c, id) => c.deadlines.list(within(id))),
  'deadlines.byId': byId('deadline', (c, id) => c.deadlines.byId({ id })),
  'deadlines.byIds': list('deadline', (c, id) => c.deadlines.byIds({ ids: [id] })),
  'deadlines.create': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'BAD_REQUEST',
    invoke: (c, id, h) =>
      c.deadlines.create({
        orgUnitId: id,
        waveId: h.waveId,
        deadline: '2025-10-01',
        reason: 'matrix check',
      }),
  },
  'deadlines.delete': byId('deadline', (c, id) => c.deadlines.delete({ id })),

  'policies.effective': byId('anyNode', (c, id) => c.policies.effective({ orgUnitId: id })),
  'policies.overrides': list('region', (c, id) =>
    c.policies.overrides({ orgUnitId: id, key: 'childrens_mode.pin_length' }),
  ),
  'policies.preview': byId('anyNode', (c, id) =>
    c.policies.preview({
      orgUnitId: id,
      key: 'childrens_mode.pin_length',
      value: 6,
      locked: false,
    }),
  ),
  'policies.set': byId('anyNode', (c, id) =>
    c.policies.set({
      orgUnitId: id,
      key: 'childrens_mode.pin_length',
      value: 5,
      locked: false,
      reason: 'matrix check',
    }),
  ),
  'policies.remove': byId('municipality', async (c, id) => {
    await c.policies.set({
      orgUnitId: id,
      key: 'data.residency',
      value: 'domestic_only',
      locked: false,
      reason: 'matrix check',
    });
    return c.policies.remove({ orgUnitId: id, key: 'data.residency', reason: 'matrix check' });
  }),
};
