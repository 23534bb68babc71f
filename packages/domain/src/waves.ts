import type { InstitutionKind, OrgLevel } from './org-units';

/** What counts as "done" for a wave: never registration alone. */
export type WaveMetric = 'chats_migrated' | 'staff_active' | 'parents_joined';

export interface WaveCohort {
  code: string;
  metric: WaveMetric;
  /** Which nodes' figures count towards this wave. */
  levels: readonly OrgLevel[];
  institutionKinds?: readonly InstitutionKind[];
  /** For staff waves, which staff roles are in the cohort (all when absent). */
  staffRoles?: readonly string[];
}

export const waveCohorts = [
  {
    code: 'school_chats',
    metric: 'chats_migrated',
    levels: ['institution'],
    institutionKinds: ['school'],
  },
  { code: 'ministry_staff', metric: 'staff_active', levels: ['region'] },
  { code: 'municipal_authorities', metric: 'staff_active', levels: ['municipality'] },
  {
    code: 'school_administrators',
    metric: 'staff_active',
    levels: ['institution'],
    institutionKinds: ['school'],
    staffRoles: ['school_admin', 'director'],
  },
  {
    code: 'preschool_vocational_staff',
    metric: 'staff_active',
    levels: ['institution'],
    institutionKinds: ['preschool', 'college', 'technical_school'],
  },
  {
    code: 'preschool_vocational_parents',
    metric: 'parents_joined',
    levels: ['institution'],
    institutionKinds: ['preschool', 'college', 'technical_school'],
  },
] as const satisfies readonly WaveCohort[];

export type WaveCode = (typeof waveCohorts)[number]['code'];
