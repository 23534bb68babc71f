import type { Spec } from './spec-kinds';
import { within } from './spec-kinds';

/** Report exports: queued on a unit, read back by id, listed by the unit's subtree. */
export const specsExports: Record<string, Spec> = {
  'exports.create': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'NOT_FOUND',
    invoke: (c, id) => c.exports.create({ report: 'staff', format: 'csv', nodeId: id }),
  },
  'exports.byId': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'NOT_FOUND',
    invoke: async (c, id, h) => c.exports.byId({ id: await h.exportJob(id).catch(() => id) }),
  },
  'exports.list': {
    kind: 'gated',
    target: 'anyNode',
    outside: 'EMPTY',
    invoke: async (c, id, h) => {
      await h.exportJob(id).catch(() => null);
      return c.exports.list(within(id));
    },
  },
};
