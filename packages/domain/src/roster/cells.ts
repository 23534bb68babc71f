/** Characters with which spreadsheets start a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PHONE_LIKE = /^\+[\d\s()-]+$/;

/**
 * A cell that a spreadsheet would run as a formula, checked before and after trimming.
 * Phone numbers are written +7...: in the phone column only, + followed by digits is data.
 */
export function isFormulaCell(value: string, isPhone: boolean): boolean {
  const trimmed = value.trim();
  if (isPhone && PHONE_LIKE.test(trimmed) && !/^[\t\r]/.test(value)) return false;
  return FORMULA_START.test(value) || FORMULA_START.test(trimmed);
}

/** Neutralises a cell for CSV output: a formula start gets a leading apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
