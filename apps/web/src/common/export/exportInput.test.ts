import { exportRequestSchema } from '@cutover/domain';
import { describe, expect, it } from 'vitest';
import { buildExportInput, exportStorageKey, readStoredJobId } from './exportInput';

describe('buildExportInput', () => {
  it('carries the list filter without cleared inputs, and its sort', () => {
    const input = buildExportInput(
      {
        report: 'staff',
        nodeId: 7,
        filter: { q: 'Ива', role: ['teacher'], status: [], orgUnitId: null, from: '' },
        sort: { field: 'fullName', order: 'DESC' },
      },
      'csv',
    );
    expect(input).toEqual({
      report: 'staff',
      format: 'csv',
      nodeId: 7,
      filter: { q: 'Ива', role: ['teacher'] },
      sort: { field: 'fullName', order: 'DESC' },
      excel: false,
    });
    expect(exportRequestSchema.safeParse(input).success).toBe(true);
  });

  it('maps CSV for Excel to csv with the excel flag, and XLSX to xlsx', () => {
    const subject = { report: 'chats' as const, nodeId: 1 };
    expect(buildExportInput(subject, 'csvExcel')).toMatchObject({ format: 'csv', excel: true });
    expect(buildExportInput(subject, 'xlsx')).toMatchObject({ format: 'xlsx', excel: false });
  });

  it('makes an audit pack a zip whatever the choice, which the server accepts', () => {
    const input = buildExportInput({ report: 'pack', nodeId: 3 }, 'xlsx');
    expect(input).toMatchObject({ report: 'pack', format: 'zip', excel: false });
    expect(exportRequestSchema.safeParse(input).success).toBe(true);
  });

  it('passes the wave and day of a dashboard report', () => {
    const input = buildExportInput(
      { report: 'adoption', nodeId: 3, waveId: 2, asOf: '2026-05-01' },
      'xlsx',
    );
    expect(input).toMatchObject({ waveId: 2, asOf: '2026-05-01' });
    expect(input).not.toHaveProperty('sort');
  });
});

describe('stored job ids', () => {
  it('read back only a positive whole number', () => {
    expect(readStoredJobId('42')).toBe(42);
    for (const text of [null, '', '0', '-1', '1.5', '42x', '01']) {
      expect(readStoredJobId(text)).toBeUndefined();
    }
  });

  it('are kept per report and unit', () => {
    expect(exportStorageKey({ report: 'adoption', nodeId: 3 })).not.toBe(
      exportStorageKey({ report: 'pack', nodeId: 3 }),
    );
  });
});
