import { z } from 'zod';
import { isoDateSchema } from './inputs/dates';
import { idSchema, versionSchema } from './inputs/ids';
import { reasonSchema, textSchema } from './inputs/text';
import { type WaveCode, waveCohorts } from './waves';

export const waveCodes = waveCohorts.map((cohort) => cohort.code) as [WaveCode, ...WaveCode[]];

/** A wave opens strictly before its national deadline (the day it opens is not a deadline). */
export function opensBeforeDeadline(dates: { opensOn: string; nationalDeadline: string }) {
  return dates.opensOn < dates.nationalDeadline;
}

const scheduleRule = {
  message: 'errors.wave_deadline_not_after_opening',
  path: ['nationalDeadline'],
};

const schedule = { opensOn: isoDateSchema, nationalDeadline: isoDateSchema };
const name = textSchema({ min: 2, max: 200 });

/** What a new wave or a reschedule would change, before anything is written. */
export const wavePreviewSchema = z
  .object({
    /** The wave to reschedule or close; absent for a new wave of `code`. */
    id: idSchema.optional(),
    code: z.enum(waveCodes).optional(),
    ...schedule,
  })
  .refine((input) => (input.id === undefined) !== (input.code === undefined), {
    message: 'errors.validation',
    path: ['id'],
  })
  .refine(opensBeforeDeadline, scheduleRule);

export const waveCreateSchema = z
  .object({
    code: z.enum(waveCodes),
    nameEn: name,
    nameRu: name,
    ...schedule,
    reason: reasonSchema,
  })
  .refine(opensBeforeDeadline, scheduleRule);

export const waveRescheduleSchema = z
  .object({ id: idSchema, version: versionSchema, ...schedule, reason: reasonSchema })
  .refine(opensBeforeDeadline, scheduleRule);

export const waveCloseSchema = z.object({
  id: idSchema,
  version: versionSchema,
  reason: reasonSchema,
});

export type WavePreviewInput = z.infer<typeof wavePreviewSchema>;
export type WaveCreateInput = z.infer<typeof waveCreateSchema>;
export type WaveRescheduleInput = z.infer<typeof waveRescheduleSchema>;
export type WaveCloseInput = z.infer<typeof waveCloseSchema>;
