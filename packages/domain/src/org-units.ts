export const orgLevels = ['country', 'region', 'municipality', 'institution'] as const;
export type OrgLevel = (typeof orgLevels)[number];

export const orgKinds = [
  'country',
  'region',
  'municipality',
  'school',
  'preschool',
  'college',
  'technical_school',
  'other',
] as const;
export type OrgKind = (typeof orgKinds)[number];

export const institutionKinds = [
  'school',
  'preschool',
  'college',
  'technical_school',
  'other',
] as const satisfies readonly OrgKind[];
export type InstitutionKind = (typeof institutionKinds)[number];

/** The level a child of a node at `level` must have. */
export function childLevelOf(level: OrgLevel): OrgLevel | null {
  const index = orgLevels.indexOf(level);
  return orgLevels[index + 1] ?? null;
}

export function isValidKindForLevel(level: OrgLevel, kind: OrgKind): boolean {
  if (level === 'institution') return (institutionKinds as readonly OrgKind[]).includes(kind);
  return kind === level;
}
