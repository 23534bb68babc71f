/** One problem in an uploaded file: the line it sits on (1 = header), the column, an i18n key. */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

/** English texts of the import error keys; the web translates the keys itself. */
export const importErrorTexts = {
  'imports.errors.too_large': 'The file is larger than the upload limit.',
  'imports.errors.empty_file': 'The file is empty.',
  'imports.errors.binary_file': 'This is not a text file (it contains binary data).',
  'imports.errors.unknown_encoding': 'The file is neither UTF-8 nor Windows-1251 text.',
  'imports.errors.missing_column': 'A required column is missing from the header.',
  'imports.errors.extra_column': 'The header has a column this format does not know.',
  'imports.errors.duplicate_column': 'The header names this column twice.',
  'imports.errors.unreadable_csv': 'The file is not valid CSV (for example, an unclosed quote).',
  'imports.errors.missing_file': 'A file of the pair is missing.',
  'imports.errors.column_count': 'The row has a different number of cells than the header.',
  'imports.errors.required': 'This value is required.',
  'imports.errors.too_long': 'This value is too long.',
  'imports.errors.formula_cell': 'The cell starts like a spreadsheet formula; it is not accepted.',
  'imports.errors.control_characters': 'The cell contains control characters.',
  'imports.errors.invalid_role': 'Unknown role.',
  'imports.errors.invalid_phone': 'The phone number is not a Russian number (+7 and ten digits).',
  'imports.errors.invalid_email': 'The email address is not valid.',
  'imports.errors.invalid_status': 'The status must be active or deactivated.',
  'imports.errors.duplicate_external_id': 'This external id already appears on an earlier row.',
  'imports.errors.duplicate_org': 'This org sourcedId already appears on an earlier row.',
  'imports.errors.unknown_institution': 'No unit with this code in your scope.',
  'imports.errors.unit_closed': 'The unit is closed.',
  'imports.errors.role_level_mismatch': 'The role does not fit the level of the unit.',
  'imports.errors.external_id_unavailable': 'This external id cannot be used.',
  'imports.errors.interrupted':
    'The check of this file was interrupted (the server stopped). Upload the file again.',
} as const;
export type ImportErrorKey = keyof typeof importErrorTexts;

export function importErrorText(key: string): string {
  return (importErrorTexts as Record<string, string>)[key] ?? key;
}

export const rowError = (row: number, field: string, message: ImportErrorKey): RowError => ({
  row,
  field,
  message,
});
