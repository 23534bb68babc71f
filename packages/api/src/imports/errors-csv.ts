import { csvCell, importErrorText, type RowError } from '@cutover/domain';
import type { Context } from '../context';
import { notFound } from '../errors';
import { runScoped } from './gate';

/** The per-row report of a job the caller can see, for the CSV download. */
export function importRowErrors(context: Context, id: number): Promise<RowError[]> {
  return runScoped(context, 'read', async (data) => {
    const job = await data.imports.jobs.byId(id);
    if (!job) throw notFound();
    return data.imports.jobs.rowErrors(id);
  });
}

/** The report as CSV lines; every cell is neutralised so no spreadsheet runs it. */
export function* errorsCsvLines(errors: readonly RowError[]): Generator<string> {
  yield 'row,field,message,text\r\n';
  for (const e of errors) {
    const cells = [e.row, e.field, e.message, importErrorText(e.message)];
    yield `${cells.map(csvCell).join(',')}\r\n`;
  }
}
