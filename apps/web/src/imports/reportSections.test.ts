import { describe, expect, it } from 'vitest';
import { countKeys, reportSections } from './reportSections';

const preview = {
  create: { total: 2, rows: [] },
  update: { total: 0, rows: [] },
  deactivate: { total: 1, rows: [{ row: 3 }] },
};

describe('reportSections', () => {
  it('claims nothing about what a failed job would have done', () => {
    const sections = reportSections({ status: 'failed', preview });
    expect(sections.previews).toEqual([]);
    expect(sections.counts).toEqual(['rows', 'error']);
  });

  it('previews a pending commit, but never a heading above an empty table', () => {
    for (const status of ['validated', 'held'] as const) {
      const sections = reportSections({ status, preview });
      expect(sections.previews).toEqual(['deactivate']);
      expect(sections.counts).toEqual(countKeys);
    }
  });

  it('shows what happened, not what would, once the job is over', () => {
    for (const status of ['succeeded', 'cancelled', 'validating'] as const) {
      expect(reportSections({ status, preview }).previews).toEqual([]);
    }
  });
});
