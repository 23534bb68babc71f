import type {
  ChatKind,
  ChatStatus,
  FunnelStatus,
  LegacyPlatform,
  StaffRole,
} from '@cutover/domain';
import type { expectedMetrics } from '../schema/expectations';

export type { ChatKind, ChatStatus, LegacyPlatform, StaffRole };

/** A value as written to the database: dates and timestamps are ISO strings. */
export type SqlValue = string | number | boolean | null | readonly number[];

export type OrgUnitRow = [
  id: number,
  parentId: number | null,
  level: string,
  kind: string,
  code: string,
  name: string,
  nameEn: string | null,
  authorityName: string | null,
  path: readonly number[],
  depth: number,
  latitude: number | null,
  longitude: number | null,
  populationK: number | null,
  validFrom: string,
];

export type StaffRow = [
  orgUnitId: number,
  externalId: string,
  fullName: string,
  role: StaffRole,
  phone: string | null,
  email: string | null,
  funnelStatus: FunnelStatus,
  invitedAt: string | null,
  registeredAt: string | null,
  lastActiveAt: string | null,
  deactivatedAt: string | null,
];

export type ChatRow = [
  orgUnitId: number,
  kind: ChatKind,
  classLabel: string | null,
  title: string,
  legacyPlatform: LegacyPlatform,
  status: ChatStatus,
  parentsExpected: number,
  parentsJoined: number,
  migratedAt: string | null,
  legacyClosedAt: string | null,
];

export type ExpectedCountRow = [
  orgUnitId: number,
  metric: (typeof expectedMetrics)[number],
  value: number,
  source: string,
  asOf: string,
];

export type PupilAccountRow = [
  orgUnitId: number,
  registered: number,
  childrensMode: number,
  asOf: string,
];

export type SnapshotRow = [
  orgUnitId: number,
  waveId: number,
  day: string,
  numerator: number,
  denominator: number,
  invited: number,
  registered: number,
  active: number,
  chatsMigrated: number,
  chatsLegacyClosed: number,
  parentsJoined: number,
];

export type WaveRow = [
  id: number,
  code: string,
  nameEn: string,
  nameRu: string,
  opensOn: string,
  nationalDeadline: string,
  sortOrder: number,
];

export type DeadlineRow = [
  orgUnitId: number,
  waveId: number,
  deadline: string,
  reason: string,
  setByUserId: null,
  setAt: string,
];

/** The rows of one region (or of the country's top), in the order they must be written. */
export interface RowBatch {
  orgUnits: OrgUnitRow[];
  staff: StaffRow[];
  chats: ChatRow[];
  expectedCounts: ExpectedCountRow[];
  pupilAccounts: PupilAccountRow[];
  snapshots: SnapshotRow[];
}

export function emptyBatch(): RowBatch {
  return {
    orgUnits: [],
    staff: [],
    chats: [],
    expectedCounts: [],
    pupilAccounts: [],
    snapshots: [],
  };
}

export interface TableSpec {
  table: string;
  columns: readonly string[];
}

const spec = (table: string, columns: string): TableSpec => ({
  table,
  columns: columns.trim().split(/\s+/),
});

export const batchTables: Record<keyof RowBatch, TableSpec> = {
  orgUnits: spec(
    'org_units',
    `id parent_id level kind code name name_en authority_name path depth latitude longitude
     population_k valid_from`,
  ),
  staff: spec(
    'staff',
    `org_unit_id external_id full_name role phone email funnel_status invited_at registered_at
     last_active_at deactivated_at`,
  ),
  chats: spec(
    'official_chats',
    `org_unit_id kind class_label title legacy_platform status parents_expected parents_joined
     migrated_at legacy_closed_at`,
  ),
  expectedCounts: spec('expected_counts', 'org_unit_id metric value source as_of'),
  pupilAccounts: spec('pupil_accounts', 'org_unit_id registered childrens_mode as_of'),
  snapshots: spec(
    'adoption_snapshots',
    `org_unit_id wave_id day numerator denominator invited registered active chats_migrated
     chats_legacy_closed parents_joined`,
  ),
};

export const waveTable = spec(
  'waves',
  'id code name_en name_ru opens_on national_deadline sort_order',
);
export const deadlineTable = spec(
  'deadlines',
  'org_unit_id wave_id deadline reason set_by_user_id set_at',
);

export const batchOrder: readonly (keyof RowBatch)[] = [
  'orgUnits',
  'staff',
  'chats',
  'expectedCounts',
  'pupilAccounts',
  'snapshots',
];
