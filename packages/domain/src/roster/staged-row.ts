import { hasControlCharacters } from '../inputs/text';
import { normaliseEmail, normalisePhone } from '../staff-input';
import { type StaffRole, staffRoleValues } from '../vocabulary/staff';
import { isFormulaCell } from './cells';
import { type ImportErrorKey, type RowError, rowError } from './errors';

export const importStatuses = ['active', 'deactivated'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** One roster row as staged for the database: normalised values, or null and an error. */
export interface StagedRow {
  row: number;
  externalId: string | null;
  unitCode: string | null;
  fullName: string | null;
  role: StaffRole | null;
  phone: string | null;
  email: string | null;
  /** Blank leaves the person's state alone; active brings a deactivated person back. */
  status: ImportStatus | null;
  errors: RowError[];
}

/**
 * Reads the cells of one row into normalised values. Every failure becomes a row error
 * naming the file's own column, and the value is staged as null.
 */
export class RowReader {
  readonly errors: RowError[] = [];
  constructor(readonly row: number) {}

  private fail(field: string, message: ImportErrorKey): null {
    this.errors.push(rowError(this.row, field, message));
    return null;
  }

  /** A trimmed value; formula starts and control characters are refused, never stored. */
  text(
    raw: string | undefined,
    field: string,
    options: { required?: boolean; max?: number; phone?: boolean } = {},
  ) {
    const value = raw ?? '';
    if (isFormulaCell(value, options.phone ?? false))
      return this.fail(field, 'imports.errors.formula_cell');
    if (hasControlCharacters(value, true))
      return this.fail(field, 'imports.errors.control_characters');
    const trimmed = value.trim();
    if (trimmed === '')
      return options.required ? this.fail(field, 'imports.errors.required') : null;
    if (trimmed.length > (options.max ?? 300)) return this.fail(field, 'imports.errors.too_long');
    return trimmed;
  }

  role(value: string | null, field: string): StaffRole | null {
    if (value === null) return null;
    const role = staffRoleValues.find((r) => r === value.toLowerCase());
    return role ?? this.fail(field, 'imports.errors.invalid_role');
  }

  phone(value: string | null, field: string): string | null {
    if (value === null) return null;
    return normalisePhone(value) ?? this.fail(field, 'imports.errors.invalid_phone');
  }

  email(value: string | null, field: string): string | null {
    if (value === null) return null;
    return normaliseEmail(value) ?? this.fail(field, 'imports.errors.invalid_email');
  }

  status(value: string | null, field: string): ImportStatus | null {
    if (value === null) return null;
    const status = importStatuses.find((s) => s === value.toLowerCase());
    return status ?? this.fail(field, 'imports.errors.invalid_status');
  }

  cellCount(actual: number, expected: number) {
    if (actual !== expected) this.fail('*', 'imports.errors.column_count');
  }
}
