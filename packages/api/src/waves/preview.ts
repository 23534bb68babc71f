import type { LaterSetting, ScopedData, WaveImpact, WaveRow } from '@cutover/db';
import { isoToday, type WavePreviewInput } from '@cutover/domain';
import { AppError, invalid, notFound } from '../errors';

/** How many of the own deadlines brought forward the preview names (the count is exact). */
const NAMED_SETTINGS = 20;

export interface WavePreview {
  /** Units of the scope the change reaches and what it does to them, as of `today`. */
  impact: WaveImpact;
  /** Own deadlines later than the new national date: saving brings them forward to it. */
  broughtForward: { count: number; first: LaterSetting[] };
  today: string;
}

const noImpact: WaveImpact = {
  deadlineChanged: 0,
  becomeOverdue: 0,
  noLongerOverdue: 0,
  becomeLate: 0,
  unfinished: 0,
};

/** A wave that can still change, or the reason it cannot. */
export async function openWave(data: ScopedData, id: number) {
  const wave = await data.waves.byId(id);
  if (!wave) throw notFound();
  if (wave.closedOn) throw new AppError('VALIDATION', 'errors.wave_closed');
  return wave;
}

/**
 * What a new wave or new dates for a wave would do, without writing anything. Refuses what
 * saving would refuse: a closed wave, a cohort that has its wave, a new wave whose deadline
 * has passed, an opening after a unit's own deadline.
 */
export async function previewWave(
  data: ScopedData,
  input: WavePreviewInput,
  today = isoToday(),
): Promise<WavePreview> {
  if (input.code !== undefined) {
    if (await data.waves.byCode(input.code)) throw invalid({ code: 'errors.wave_cohort_taken' });
    if (input.nationalDeadline <= today) {
      throw invalid({ nationalDeadline: 'errors.wave_deadline_past' });
    }
    const units = await data.waves.cohortUnits(input.code);
    return {
      impact: { ...noImpact, deadlineChanged: units, unfinished: units },
      broughtForward: { count: 0, first: [] },
      today,
    };
  }
  const wave = await openWave(data, input.id ?? 0);
  return measureReschedule(data, wave, input, today);
}

/** The impact of new dates on a wave as it stands (`wave` carries its current dates). */
export async function measureReschedule(
  data: ScopedData,
  wave: WaveRow,
  input: { opensOn: string; nationalDeadline: string },
  today: string,
): Promise<WavePreview> {
  const early = await data.waves.settingsBefore(wave.id, input.opensOn);
  if (early > 0) {
    throw new AppError(
      'VALIDATION',
      'errors.wave_opening_after_deadlines',
      { opensOn: 'errors.wave_opening_after_deadlines' },
      { count: early },
    );
  }
  const impact = await data.waves.impact(
    wave.id,
    wave.nationalDeadline,
    input.nationalDeadline,
    today,
  );
  const later = await data.waves.laterSettings(wave.id, input.nationalDeadline);
  return {
    impact,
    broughtForward: { count: later.length, first: later.slice(0, NAMED_SETTINGS) },
    today,
  };
}
