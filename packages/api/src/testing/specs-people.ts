import { byId, counted, list, type Spec, self, versionSeen, within } from './spec-kinds';

/** Staff, chats, roster imports and saved filters. */
export const specsPeople: Record<string, Spec> = {
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
  'chats.count': counted(
    'anyNode',
    (c, id) => c.chats.count({ filter: { withinId: id } }),
    (c, id) => c.chats.list(within(id)),
  ),
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
};
