/** The Export button and dialog (common/export/), and the errors of the export routes. */
export const exports = {
  cutover: {
    exports: {
      button: 'Export',
      pack: 'Audit pack',
      format: 'Format',
      choices: {
        csv: 'CSV',
        csvExcel: 'CSV for Excel (semicolons, BOM)',
        xlsx: 'Excel workbook (XLSX)',
      },
      pack_explained:
        'One archive for this unit: its subtree, adoption, effective deadlines and policies, the audit extract and a manifest with every file’s SHA-256.',
      start: 'Start export',
      queued: 'Waiting for the export to start…',
      running: 'Export in progress',
      progress: '%{count} row written… |||| %{count} rows written…',
      ready: 'Done: %{count} row. |||| Done: %{count} rows.',
      download: 'Download %{name}',
      manifest: 'Download the manifest (SHA-256 and audit record)',
      again: 'New export',
      titles: {
        staff: 'Export staff',
        chats: 'Export chats',
        auditLog: 'Export the audit log',
        regions: 'Export regions',
        municipalities: 'Export municipalities',
        institutions: 'Export institutions',
        users: 'Export users',
        imports: 'Export the import list',
        adoption: 'Export the adoption report',
        pack: 'Audit pack for %{name}',
      },
    },
  },
  exports: {
    errors: {
      interrupted: 'The export stopped before it finished (the server restarted). Export it again.',
      not_ready: 'The export has not finished yet.',
      expired: 'The file is no longer kept (exports are deleted after 24 hours). Export it again.',
      format: 'This report cannot be written in that format.',
      current_state_only:
        'This report can only show the current state: no history of its rows is kept. Clear the “as of” date to export it.',
    },
  },
};
