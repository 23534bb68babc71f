import { describe, expect, it } from 'vitest';
import { waveCreateSchema, wavePreviewSchema, waveRescheduleSchema } from './wave-input';

const dates = { opensOn: '2025-09-01', nationalDeadline: '2026-05-31' };

describe('wave inputs', () => {
  it('a wave opens strictly before its national deadline', () => {
    const base = { id: 1, version: 1, reason: 'приказ', ...dates };
    expect(waveRescheduleSchema.safeParse(base).success).toBe(true);
    for (const nationalDeadline of ['2025-09-01', '2025-08-31']) {
      const result = waveRescheduleSchema.safeParse({ ...base, nationalDeadline });
      expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [['nationalDeadline'], 'errors.wave_deadline_not_after_opening'],
      ]);
    }
  });

  it('a preview names either an existing wave or a cohort, never both or neither', () => {
    expect(wavePreviewSchema.safeParse({ id: 1, ...dates }).success).toBe(true);
    expect(wavePreviewSchema.safeParse({ code: 'school_chats', ...dates }).success).toBe(true);
    expect(wavePreviewSchema.safeParse({ id: 1, code: 'school_chats', ...dates }).success).toBe(
      false,
    );
    expect(wavePreviewSchema.safeParse(dates).success).toBe(false);
  });

  it('a new wave is for a known cohort, with names and the reason rule', () => {
    const input = {
      code: 'ministry_staff',
      nameEn: 'Staff',
      nameRu: 'Штат',
      reason: 'план',
      ...dates,
    };
    expect(waveCreateSchema.safeParse(input).success).toBe(true);
    expect(waveCreateSchema.safeParse({ ...input, code: 'pupils' }).success).toBe(false);
    expect(waveCreateSchema.safeParse({ ...input, reason: 'no' }).success).toBe(false);
    expect(waveCreateSchema.safeParse({ ...input, opensOn: '2025-02-30' }).success).toBe(false);
  });
});
