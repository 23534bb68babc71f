/** Characters that make a spreadsheet read a cell as a formula (or split it into one). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A phone or a signed number: digits, spaces, brackets and dashes after the sign, nothing else. */
const PLAIN_NUMBER = /^[+-][\d\s().-]*\d[\d\s().-]*$/;

export interface NeutralizeOptions {
  /**
   * The cell is written as a typed text cell (XLSX), which no spreadsheet evaluates: a phone
   * such as `+7 900 ...` stays as it is, anything else that could start a formula is prefixed.
   */
  textCell?: boolean;
}

/**
 * Makes a cell inert in a spreadsheet (CSV and XLSX injection): a value starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which spreadsheets
 * show as text and never evaluate.
 */
export function neutralizeCell(value: string, options: NeutralizeOptions = {}): string {
  if (!FORMULA_START.test(value)) return value;
  if (options.textCell && PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}
