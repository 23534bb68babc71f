import type { WaveMetric } from '@cutover/domain';
import { type Day, formatDay } from './calendar';
import { type ChatRecord, parentsJoinedOn } from './chats';
import type { FunnelEvents } from './funnel';
import type { Rng } from './prng';
import type { SnapshotRow } from './tables';

/**
 * When a node reports: every `cadence` days, on days congruent to `phase`. Its figures change
 * only on those days, which keeps the change-only history compact; `cutoff` is its last
 * report day on or before `today`, and nothing after it has happened yet.
 */
export interface ReportGrid {
  cadence: number;
  phase: number;
  cutoff: Day;
}

export function reportGrid(today: Day, rng: Rng): ReportGrid {
  const cadence = rng.weighted([
    [7, 64],
    [5, 6],
    [6, 6],
    [8, 6],
    [10, 6],
    [14, 12],
  ] as const);
  const phase = rng.int(0, cadence - 1);
  const cutoff = today - ((((today - phase) % cadence) + cadence) % cadence);
  return { cadence, phase, cutoff };
}

export interface Series {
  orgUnitId: number;
  waveId: number;
  metric: WaveMetric;
  /** The wave's opening: the first row, so any date from then on has an answer. */
  start: Day;
  denominator: number;
  staff: readonly FunnelEvents[];
  chats: readonly ChatRecord[];
}

/** Days ascending, with a cursor that counts how many are on or before a given day. */
class Tally {
  readonly #days: number[];
  #index = 0;

  constructor(days: readonly (Day | null)[]) {
    this.#days = days.filter((day): day is Day => day !== null).sort((a, b) => a - b);
  }

  /** Days must be asked for in ascending order. */
  upTo(day: Day): number {
    while (this.#index < this.#days.length && (this.#days[this.#index] ?? Infinity) <= day)
      this.#index++;
    return this.#index;
  }
}

export function snapshotRows(series: Series, grid: ReportGrid): SnapshotRow[] {
  const invited = new Tally(series.staff.map((e) => e.invited));
  const registered = new Tally(series.staff.map((e) => e.registered));
  const active = new Tally(series.staff.map((e) => e.active));
  const migrated = new Tally(series.chats.map((c) => c.migrated));
  const closed = new Tally(series.chats.map((c) => c.closed));
  const parentChats = series.chats.filter((c) => c.kind === 'class_parent' && c.migrated !== null);
  const rows: SnapshotRow[] = [];
  let previous = '';
  const firstGridDay =
    series.start + ((((grid.phase - series.start) % grid.cadence) + grid.cadence) % grid.cadence);
  const days = [series.start];
  for (let day = firstGridDay; day <= grid.cutoff; day += grid.cadence)
    if (day > series.start) days.push(day);
  for (const day of days) {
    const parents = parentChats.reduce(
      (sum, chat) => sum + parentsJoinedOn(chat, Math.min(day, grid.cutoff)),
      0,
    );
    const figures = {
      invited: invited.upTo(day),
      registered: registered.upTo(day),
      active: active.upTo(day),
      chatsMigrated: migrated.upTo(day),
      chatsLegacyClosed: closed.upTo(day),
      parentsJoined: parents,
    };
    const numerator =
      series.metric === 'chats_migrated'
        ? figures.chatsMigrated
        : series.metric === 'staff_active'
          ? figures.active
          : figures.parentsJoined;
    const key = `${numerator}|${Object.values(figures).join('|')}`;
    if (key === previous) continue;
    previous = key;
    rows.push([
      series.orgUnitId,
      series.waveId,
      formatDay(day),
      numerator,
      series.denominator,
      figures.invited,
      figures.registered,
      figures.active,
      figures.chatsMigrated,
      figures.chatsLegacyClosed,
      figures.parentsJoined,
    ]);
  }
  return rows;
}
