import { type RowError, rowError } from './errors';

/** The columns of one CSV format: canonical names, which are required, accepted aliases. */
export interface CsvFormat<C extends string> {
  columns: readonly C[];
  required: readonly C[];
  aliases: Record<string, C>;
  /** Further columns the format tolerates and this import ignores. */
  ignored?: (name: string) => boolean;
}

export type ColumnIndex<C extends string> = Partial<Record<C, number>>;

/** Lower case, spaces, dashes and dots as underscores: "Код учреждения" = "код_учреждения". */
export function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.-]+/g, '_');
}

/** Where each known column sits; missing, unknown and repeated columns are named as errors. */
export function mapHeader<C extends string>(
  header: readonly string[],
  format: CsvFormat<C>,
): { index: ColumnIndex<C>; errors: RowError[] } {
  const index: ColumnIndex<C> = {};
  const errors: RowError[] = [];
  header.forEach((name, position) => {
    const key = headerKey(name);
    const column = format.aliases[key] ?? format.columns.find((c) => c.toLowerCase() === key);
    if (!column) {
      if (!format.ignored?.(name.trim()))
        errors.push(rowError(1, name.trim(), 'imports.errors.extra_column'));
      return;
    }
    if (index[column] !== undefined)
      errors.push(rowError(1, column, 'imports.errors.duplicate_column'));
    else index[column] = position;
  });
  for (const column of format.required) {
    if (index[column] === undefined)
      errors.push(rowError(1, column, 'imports.errors.missing_column'));
  }
  return { index, errors };
}

export function cellOf<C extends string>(
  record: readonly string[],
  index: ColumnIndex<C>,
  column: C,
): string | undefined {
  const position = index[column];
  return position === undefined ? undefined : record[position];
}
