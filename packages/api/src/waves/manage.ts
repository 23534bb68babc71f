import type { ScopedData } from '@cutover/db';
import {
  isoToday,
  type WaveCloseInput,
  type WaveCreateInput,
  type WaveRescheduleInput,
} from '@cutover/domain';
import { conflict, invalid, notFound } from '../errors';
import { measureReschedule, openWave, previewWave } from './preview';

async function savedWave(data: ScopedData, id: number) {
  const wave = await data.waves.byId(id);
  if (!wave) throw notFound();
  return wave;
}

/** A new wave for a cohort that has none; its units get its national deadline. */
export async function createWave(data: ScopedData, input: WaveCreateInput, today = isoToday()) {
  const preview = await previewWave(data, input, today);
  const { reason, ...values } = input;
  const id = await data.waves.insert(values);
  if (!id) throw invalid({ code: 'errors.wave_cohort_taken' });
  await data.audit({
    action: 'wave.create',
    entityType: 'wave',
    entityId: id,
    orgPath: data.scope.path,
    after: { ...values, reason, impact: preview.impact },
  });
  return { ...(await savedWave(data, id)), impact: preview.impact };
}

/**
 * New opening and national deadline. Own deadlines below that would end up later than the
 * new national one are brought forward to it (a node may tighten, never loosen, what applies
 * above it), each with its own audit entry; the wave's risks are assessed again at once.
 */
export async function rescheduleWave(
  data: ScopedData,
  input: WaveRescheduleInput,
  today = isoToday(),
) {
  const wave = await openWave(data, input.id);
  if (wave.version !== input.version) throw conflict();
  if (wave.opensOn === input.opensOn && wave.nationalDeadline === input.nationalDeadline) {
    throw invalid({ nationalDeadline: 'errors.wave_unchanged' }, 'errors.wave_unchanged');
  }
  // The row lock first: a deadline being set for this wave meanwhile is either seen below
  // (and brought forward) or waits and is checked against the new national date.
  if (!(await data.waves.reschedule(wave.id, input.version, input))) throw conflict();
  const preview = await measureReschedule(data, wave, input, today);
  const later = await data.waves.laterSettings(wave.id, input.nationalDeadline);
  await data.waves.bringForward(
    later.map((setting) => setting.id),
    input.nationalDeadline,
    input.reason,
  );
  for (const setting of later) {
    await data.audit({
      action: 'deadline.update',
      entityType: 'deadline',
      entityId: setting.id,
      orgPath: setting.orgUnitPath,
      before: { deadline: setting.deadline, reason: setting.reason },
      after: { waveId: wave.id, deadline: input.nationalDeadline, reason: input.reason },
    });
  }
  await data.audit({
    action: 'wave.reschedule',
    entityType: 'wave',
    entityId: wave.id,
    orgPath: data.scope.path,
    before: { opensOn: wave.opensOn, nationalDeadline: wave.nationalDeadline },
    after: {
      opensOn: input.opensOn,
      nationalDeadline: input.nationalDeadline,
      reason: input.reason,
      impact: preview.impact,
      broughtForward: later.length,
    },
  });
  await data.waves.reassess(wave.id, today);
  return { ...(await savedWave(data, wave.id)), impact: preview.impact };
}

/** Closes a wave: its figures and deadlines stay, and no new deadline can be set for it. */
export async function closeWave(data: ScopedData, input: WaveCloseInput, today = isoToday()) {
  const wave = await openWave(data, input.id);
  if (wave.version !== input.version) throw conflict();
  if (!(await data.waves.close(wave.id, input.version, today))) throw conflict();
  await data.audit({
    action: 'wave.close',
    entityType: 'wave',
    entityId: wave.id,
    orgPath: data.scope.path,
    before: { closedOn: null },
    after: { closedOn: today, reason: input.reason },
  });
  return savedWave(data, wave.id);
}
