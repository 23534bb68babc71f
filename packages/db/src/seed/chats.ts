import { type Day, formatInstant } from './calendar';
import type { ClassGroup } from './class-groups';
import { type Curve, curveDay } from './curves';
import { classChatTitle, staffChatTitle } from './names';
import type { Rng } from './prng';
import type { ChatKind, ChatRow, ChatStatus, LegacyPlatform } from './tables';

/** A chat row with the story behind it, for the snapshots. */
export interface ChatRecord {
  row: ChatRow;
  kind: ChatKind;
  /** Days the move finished and the legacy chat was closed; null if not (yet) by the cutoff. */
  migrated: Day | null;
  closed: Day | null;
  parentsExpected: number;
  /** Parents who end up joining, and how many days it takes them after the move. */
  parentsFinal: number;
  joinDays: number;
}

export function parentsJoinedOn(chat: ChatRecord, day: Day): number {
  if (chat.migrated === null || chat.migrated > day) return 0;
  const progress = Math.min(1, (day - chat.migrated + 1) / chat.joinDays);
  return Math.round(chat.parentsFinal * progress);
}

const parentPlatforms = [
  ['whatsapp', 40],
  ['telegram', 22],
  ['sferum', 18],
  ['viber', 10],
  ['vk', 8],
  ['none', 2],
] as const;
const pupilPlatforms = [
  ['telegram', 35],
  ['whatsapp', 25],
  ['vk', 20],
  ['sferum', 15],
  ['viber', 3],
  ['none', 2],
] as const;

export interface ExtraChat {
  kind: 'staff' | 'other';
  title: string;
}

export interface ChatContext {
  orgUnitId: number;
  /** Short institution name for the staff chat title. */
  short: string;
  cutoff: Day;
  /** Curve of the class chats and of the staff chat (they differ outside schools). */
  classCurve: Curve;
  staffCurve: Curve;
  /** Parents per pupil: two for small children, fewer for students. */
  parentsPerPupil: readonly [number, number];
  /** Chats beyond the classes': methodical groups and councils. */
  extraChats: readonly ExtraChat[];
}

export function generateChats(context: ChatContext, groups: readonly ClassGroup[], rng: Rng) {
  // Most of a school's chats live where the school already was.
  const home: LegacyPlatform = rng.weighted(parentPlatforms);
  const chats: ChatRecord[] = [];
  const add = (spec: Omit<ChatSpec, 'platform'>, curve: Curve) => {
    const platforms = spec.kind === 'class_pupil' ? pupilPlatforms : parentPlatforms;
    const platform = rng.chance(0.6) ? home : rng.weighted(platforms);
    chats.push(chatRecord(context, { ...spec, platform }, curve, rng));
  };
  for (const { label, size, pupilAudience } of groups) {
    const parents = Math.round(size * rng.between(...context.parentsPerPupil));
    const title = classChatTitle(label, 'parents');
    add({ kind: 'class_parent', label, title, parents }, context.classCurve);
    if (pupilAudience) {
      const pupilTitle = classChatTitle(label, pupilAudience);
      add({ kind: 'class_pupil', label, title: pupilTitle, parents: 0 }, context.classCurve);
    }
  }
  const staffTitle = staffChatTitle(context.short);
  add({ kind: 'staff', label: null, title: staffTitle, parents: 0 }, context.staffCurve);
  for (const { kind, title } of context.extraChats) {
    const curve = kind === 'staff' ? context.staffCurve : context.classCurve;
    add({ kind, label: null, title, parents: 0 }, curve);
  }
  return chats;
}

interface ChatSpec {
  kind: ChatKind;
  label: string | null;
  title: string;
  platform: LegacyPlatform;
  parents: number;
}

function chatRecord(context: ChatContext, spec: ChatSpec, curve: Curve, rng: Rng): ChatRecord {
  const unstalled = { ...curve, stallAfter: null };
  const migratedRaw = curveDay(unstalled, rng.next()) ?? curve.end;
  const startedRaw = Math.max(curve.start, migratedRaw - rng.int(1, 6));
  // A chat that never lived elsewhere has nothing to close; some legacy chats stay open.
  const closedRaw =
    spec.platform === 'none' || rng.chance(0.1) ? null : migratedRaw + rng.int(7, 45);
  const happened = (day: Day | null) =>
    day !== null && day <= context.cutoff && (curve.stallAfter === null || day <= curve.stallAfter)
      ? day
      : null;
  const started = happened(startedRaw);
  const migrated = happened(migratedRaw);
  const closed = migrated === null ? null : happened(closedRaw);
  const status: ChatStatus =
    closed !== null
      ? 'legacy_closed'
      : migrated !== null
        ? 'migrated'
        : started !== null
          ? 'migrating'
          : 'legacy';
  const record: ChatRecord = {
    row: [
      context.orgUnitId,
      spec.kind,
      spec.label,
      spec.title,
      spec.platform,
      status,
      spec.parents,
      0,
      null,
      null,
    ],
    kind: spec.kind,
    migrated,
    closed,
    parentsExpected: spec.parents,
    parentsFinal: Math.round(spec.parents * Math.min(1, rng.between(0.92, 1.15))),
    joinDays: rng.int(10, 40),
  };
  record.row[7] = parentsJoinedOn(record, context.cutoff);
  record.row[8] = migrated === null ? null : formatInstant(migrated, rng.int(240, 960));
  record.row[9] = closed === null ? null : formatInstant(closed, rng.int(240, 960));
  return record;
}
