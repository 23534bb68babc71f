import { type OrgLevel, orgLevels } from '@cutover/domain';

/** The react-admin resource that shows org units of each level (the country has none). */
export const resourceForLevel: Partial<Record<OrgLevel, string>> = {
  region: 'regions',
  municipality: 'municipalities',
  institution: 'institutions',
};

/** A path holds ids from the country down to the node, so its length gives the level. */
export function levelOfPath(path: readonly number[]): OrgLevel | undefined {
  return orgLevels[path.length - 1];
}
