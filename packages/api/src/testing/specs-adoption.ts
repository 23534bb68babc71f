import { byId, list, type Spec, within } from './spec-kinds';

/** Waves, the dashboard, deadlines and policies. */
export const specsAdoption: Record<string, Spec> = {
  'waves.list': { kind: 'global', invoke: (c) => c.waves.list() },
  'waves.byId': {
    kind: 'global',
    invoke: async (c) => c.waves.byId({ id: (await c.waves.list()).data[0]?.id ?? 0 }),
  },
  'waves.preview': {
    kind: 'global',
    invoke: (c, h) =>
      c.waves.preview({ id: h.waveId, opensOn: '2025-08-25', nationalDeadline: '2026-11-30' }),
  },
  // Each runs once for the one role allowed: on a cohort of its own, never the fixture's wave.
  'waves.create': {
    kind: 'global',
    invoke: (c) =>
      c.waves.create({
        code: 'ministry_staff',
        nameEn: 'Ministry staff',
        nameRu: 'Сотрудники министерств',
        opensOn: '2090-01-01',
        nationalDeadline: '2090-12-31',
        reason: 'matrix check',
      }),
  },
  'waves.reschedule': {
    kind: 'global',
    invoke: async (c, h) => {
      const id = await h.waveOf('municipal_authorities');
      const version = (await c.waves.byId({ id })).version;
      return c.waves.reschedule({
        id,
        version,
        opensOn: '2090-02-01',
        nationalDeadline: '2090-11-30',
        reason: 'matrix check',
      });
    },
  },
  'waves.close': {
    kind: 'global',
    invoke: async (c, h) => {
      const id = await h.waveOf('school_administrators');
      const version = (await c.waves.byId({ id })).version;
      return c.waves.close({ id, version, reason: 'matrix check' });
    },
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
