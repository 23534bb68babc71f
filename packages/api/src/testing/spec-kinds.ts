import type { WaveCode } from '@cutover/domain';
import type { Caller } from './callers';
import type { TargetKind } from './matrix-targets';

/** How a procedure behaves for a target outside the caller's subtree. */
export type OutsideScope = 'NOT_FOUND' | 'EMPTY' | 'BAD_REQUEST';

export interface GatedSpec {
  kind: 'gated';
  target: TargetKind;
  outside: OutsideScope;
  invoke(caller: Caller, id: number, helpers: SpecHelpers): Promise<unknown>;
  /**
   * For procedures that act on a unit from above (they need the right over its parent):
   * called with the caller's own scope node, which every role must be refused.
   */
  onScopeNode?: {
    refused: 'NOT_FOUND';
    invoke(caller: Caller, scopeNodeId: number, helpers: SpecHelpers): Promise<unknown>;
  };
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
  invoke(caller: Caller, helpers: SpecHelpers): Promise<unknown>;
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
  /** A finished staff export whose unit is the node, created directly. */
  exportJob(nodeId: number): Promise<number>;
  unique(): string;
  /** The wave of a cohort (created open, with far-off dates, unless it exists). */
  waveOf(code: WaveCode): Promise<number>;
}

export const list = (
  target: TargetKind,
  call: (c: Caller, withinId: number) => Promise<unknown>,
): GatedSpec => ({
  kind: 'gated',
  target,
  outside: 'EMPTY',
  invoke: (c, id) => call(c, id),
});
export const byId = (
  target: TargetKind,
  call: (c: Caller, id: number) => Promise<unknown>,
): GatedSpec => ({
  kind: 'gated',
  target,
  outside: 'NOT_FOUND',
  invoke: (c, id) => call(c, id),
});
/**
 * A list's exact count: its rows are the list's own page when the count agrees with the
 * list's total (so the matrix checks the same scope), none when it counts nothing.
 */
export const counted = (
  target: TargetKind,
  count: (c: Caller, withinId: number) => Promise<{ total: number }>,
  page: (c: Caller, withinId: number) => Promise<{ data: unknown[]; total: number }>,
): GatedSpec =>
  list(target, async (c, id) => {
    const { total } = await count(c, id);
    const listed = await page(c, id);
    if (total !== listed.total) throw new Error(`count ${total} differs from the list's total`);
    return total === 0 ? [] : listed.data;
  });
export const within = (withinId: number) => ({ page: 1, perPage: 100, filter: { withinId } });
export const open = (testedIn: string): OpenSpec => ({ kind: 'open', testedIn });
export const self = (testedIn: string): SelfSpec => ({ kind: 'self', testedIn });

/** The version the caller reads first, as a form would; 1 for a row it cannot see. */
export const versionSeen = (read: Promise<{ version: number }>) =>
  read.then(
    (row) => row.version,
    () => 1,
  );

/** Any entry of the permission matrix. */
export type Spec = GatedSpec | OpenSpec | SelfSpec | GlobalSpec;
