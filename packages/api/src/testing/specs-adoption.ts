import { byId, list, type Spec, within } from './spec-kinds';

/** Waves, the dashboard, deadlines and policies. */
export const specsAdoption: Record<string, Spec> = {
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
