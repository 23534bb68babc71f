import { isPolicyKey, type PolicyKey } from '@cutover/domain';

/** One side of a recorded change: the value and lock, when the side had a setting. */
export interface ChangeSide {
  value: unknown;
  locked: boolean;
}

export interface PolicyChange {
  /** `set`, `update` or `remove` (the part after `policy.`). */
  verb: string;
  key: PolicyKey | null;
  /** The unit the change was made at: the last id of the row's path. */
  nodeId: number | null;
  before: ChangeSide | null;
  after: ChangeSide | null;
  reason: string | null;
}

interface AuditLike {
  action: string;
  entityId: string | null;
  orgPath: readonly number[] | null;
  before: unknown;
  after: unknown;
}

const field = (json: unknown, name: string): unknown =>
  typeof json === 'object' && json !== null ? Reflect.get(json, name) : undefined;

function sideOf(json: unknown): ChangeSide | null {
  if (typeof json !== 'object' || json === null || !Object.hasOwn(json, 'value')) return null;
  return { value: field(json, 'value'), locked: field(json, 'locked') === true };
}

/** Reads an audit row written by policies.set / policies.remove (before/after are stored JSON). */
export function readPolicyChange(row: AuditLike): PolicyChange {
  const reason = field(row.after, 'reason');
  return {
    verb: row.action.replace(/^policy\./, ''),
    key: isPolicyKey(row.entityId) ? row.entityId : null,
    nodeId: row.orgPath?.at(-1) ?? null,
    before: sideOf(row.before),
    after: sideOf(row.after),
    reason: typeof reason === 'string' ? reason : null,
  };
}
