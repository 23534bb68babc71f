/**
 * Roster imports: the resource, the upload and report pages (`cutover.imports.*`), the job
 * enums, and the server's refusals (`imports.errors.*`, English originals in
 * packages/domain/src/roster/errors.ts).
 */
export const imports = {
  resources: {
    imports: {
      name: 'Import |||| Imports',
      forcedCaseName: 'import |||| imports',
      fields: {
        id: 'No.',
        createdAt: 'Uploaded',
        finishedAt: 'Finished',
        fileName: 'File',
        kind: 'Format',
        status: 'Status',
        counts: { rows: 'Rows' },
        scopeName: 'Scope',
        createdByLogin: 'Uploaded by',
      },
    },
  },
  enums: {
    importFormat: { staff_csv: 'Staff CSV', oneroster: 'OneRoster 1.2 (orgs.csv + users.csv)' },
    jobStatus: {
      pending: 'Waiting',
      validating: 'Checking',
      validated: 'Checked',
      held: 'Held for confirmation',
      running: 'Running',
      succeeded: 'Imported',
      failed: 'Has errors',
      cancelled: 'Expired',
    },
  },
  imports: {
    errors: {
      too_large: 'The file is larger than the upload limit.',
      empty_file: 'The file is empty.',
      binary_file: 'This is not a text file (it contains binary data).',
      unknown_encoding: 'The file is neither UTF-8 nor Windows-1251 text.',
      missing_column: 'A required column is missing from the header.',
      extra_column: 'The header has a column this format does not know.',
      duplicate_column: 'The header names this column twice.',
      unreadable_csv: 'The file is not valid CSV (for example, an unclosed quote).',
      missing_file: 'A file of the pair is missing.',
      column_count: 'The row has a different number of cells than the header.',
      required: 'This value is required.',
      too_long: 'This value is too long.',
      formula_cell: 'The cell starts like a spreadsheet formula; it is not accepted.',
      control_characters: 'The cell contains control characters.',
      invalid_role: 'Unknown role.',
      invalid_phone: 'The phone number is not a Russian number (+7 and ten digits).',
      invalid_email: 'The email address is not valid.',
      invalid_status: 'The status must be active or deactivated.',
      duplicate_external_id: 'This external id already appears on an earlier row.',
      duplicate_org: 'This org sourcedId already appears on an earlier row.',
      unknown_institution: 'No unit with this code in your scope.',
      unit_closed: 'The unit is closed.',
      role_level_mismatch: 'The role does not fit the level of the unit.',
      external_id_unavailable: 'This external id cannot be used.',
      interrupted: 'The check was interrupted (the server stopped). Upload the file again.',
      not_committable: 'This import can no longer be committed.',
      changed_during_commit:
        'The data changed while the import was being written. Nothing was written; try again.',
      unsupported_type: 'Upload the file as a CSV file.',
      repeated_file: 'The same file field was sent twice.',
      malformed_upload:
        'The upload is not a well-formed form: send one CSV file, or the two OneRoster files.',
    },
  },
  cutover: {
    imports: {
      upload: 'Upload a file',
      upload_title: 'Upload a staff roster',
      upload_intro:
        'The file is only checked first: you will see every problem row by row, and what importing it would create, update and deactivate. Nothing is written until you commit, and then all of it is written or none of it.',
      format: 'Format',
      staff_help:
        'One person per row, columns %{columns} (status is optional). Separated by ";" or ",", UTF-8 or Windows-1251; Russian column names work too.',
      oneroster_help:
        "The orgs.csv and users.csv files of a OneRoster 1.2 export. An org's identifier must be the unit's code here; students and parents are skipped.",
      template: 'Download an empty staff file',
      choose_file: 'Choose the CSV file',
      choose_orgs: 'Choose orgs.csv',
      choose_users: 'Choose users.csv',
      no_file: 'No file chosen',
      check: 'Check the file',
      cancel_upload: 'Cancel the upload',
      upload_cancelled: 'The upload was cancelled.',
      sending: 'Sending the file…',
      checking: 'Checking the rows…',
      request_id: '(Reference: %{id})',
      job_title: 'Import %{id}: %{name}',
      counts_caption:
        'Rows of the file by what importing them does; %{base} staff records in the scope.',
      action: 'What happens',
      row_count: 'Rows',
      counts: {
        rows: 'Rows in the file',
        create: 'New people',
        update: 'Updated people',
        deactivate: 'Deactivated people',
        unchanged: 'Unchanged',
        skip: 'Skipped (not staff)',
        error: 'Rows with errors',
      },
      outcome: {
        failed_file:
          'Nothing was written: the file could not be read. The problem is described below.',
        failed:
          'Nothing was written: %{count} row has errors. Fix the file and upload it again. |||| Nothing was written: %{count} rows have errors. Fix the file and upload it again.',
        held_deactivations:
          'Held: this file would deactivate %{count} of the %{base} staff records in your scope, more than 10%. Read the report; a person must confirm before anything is written.',
        held_changes:
          'Held: this file would change %{count} of the %{base} staff records in your scope, more than 75%. Read the report; a person must confirm before anything is written.',
        validated:
          'The file is valid. Nothing is written yet: committing makes %{count} change. |||| The file is valid. Nothing is written yet: committing makes %{count} changes.',
        nothing_to_change: 'The file matches the data already: there is nothing to import.',
        succeeded: 'Imported: %{create} created, %{update} updated, %{deactivate} deactivated.',
        cancelled:
          'This check expired without being committed. Upload the file again to import it.',
      },
      commit: 'Import %{count} change |||| Import %{count} changes',
      commit_held: 'Confirm and import %{count} change |||| Confirm and import %{count} changes',
      confirm_hold: 'I have read the report and these changes are intended',
      committed: 'Imported: %{count} change written. |||| Imported: %{count} changes written.',
      not_committed:
        'Not imported: the data changed since the check. The report below shows why; nothing was written.',
      errors_heading: 'Problems, row by row',
      errors_all: 'Every problem found is listed.',
      errors_first: 'The first %{shown} problems are listed.',
      errors_download: 'Download the full report (CSV)',
      row: 'Line',
      field: 'Column',
      problem: 'Problem',
      whole_file: 'File',
      changed: 'Changed columns',
      preview: {
        create: 'Would create %{count} person |||| Would create %{count} people',
        update: 'Would update %{count} person |||| Would update %{count} people',
        deactivate: 'Would deactivate %{count} person |||| Would deactivate %{count} people',
        first: 'The first %{shown} are shown.',
      },
    },
  },
};
