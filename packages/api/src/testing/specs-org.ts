import { byId, counted, list, open, type Spec, within } from './spec-kinds';

/** Sign-in, the hierarchy, users and the audit log. */
export const specsOrg: Record<string, Spec> = {
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
  'staff.count': counted(
    'anyNode',
    (c, id) => c.staff.count({ filter: { withinId: id } }),
    (c, id) => c.staff.list(within(id)),
  ),
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
    // Closing needs the right over the parent: a school admin cannot close their school.
    onScopeNode: {
      refused: 'NOT_FOUND',
      invoke: async (c, id, h) =>
        c.orgUnits.close({
          id,
          version: await h.nodeVersion(id),
          validTo: '2030-01-01',
          reason: 'matrix check',
        }),
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
    // Merging closes the source: it needs the right over the source's parent, even with an
    // open target in scope (a school created under the caller's own node).
    onScopeNode: {
      refused: 'NOT_FOUND',
      invoke: async (c, id, h) =>
        c.orgUnits.merge({
          id,
          version: await h.nodeVersion(id),
          targetId: await h.freshInstitution(id),
          validTo: '2030-01-01',
          reason: 'matrix check',
        }),
    },
  },
};
