import type { ExportColumn, ExportRow, ReportSource } from '@cutover/db';
import { readReport } from '@cutover/db';
import type { ExportReport } from '@cutover/domain';
import { writeCsv } from './formats/csv';
import { type PdfSummary, writePdf } from './formats/pdf';
import { writeXlsx } from './formats/xlsx';
import { pdfLayout } from './pdf-layout';

export type Reader = Parameters<typeof readReport>[0];

export class ExportRefused extends Error {}

/**
 * What a run produced: its row count, for a PDF the hash of the data it summarises, and the
 * file's own hash and size when it was hashed as it was written.
 */
export interface Produced {
  rows: number;
  dataSha256?: string;
  sha256?: string;
  bytes?: number;
}

export interface ReportWrite {
  reader: Reader;
  source: ReportSource;
  report: ExportReport;
  format: string;
  file: string;
  excel: boolean;
  summary: Omit<PdfSummary, 'title' | 'tableColumns' | 'countBy'>;
  /** Called after each chunk with the rows written so far. */
  progress(rows: number): Promise<void>;
}

async function writeFormat(
  write: ReportWrite,
  columns: readonly ExportColumn[],
  chunks: AsyncIterable<ExportRow[]>,
): Promise<{ dataSha256?: string }> {
  const { format, file, report } = write;
  if (format === 'csv') await writeCsv(file, columns, chunks, { excel: write.excel });
  else if (format === 'xlsx') await writeXlsx(file, columns, chunks, report);
  else if (format === 'pdf')
    return writePdf(file, columns, chunks, { ...write.summary, ...pdfLayout[report] });
  else throw new ExportRefused('exports.errors.format');
  return {};
}

/** Streams one report, chunk by chunk, into a file of the format. */
export async function writeReport(write: ReportWrite): Promise<Produced> {
  let rows = 0;
  const chunks = (async function* () {
    for await (const chunk of readReport(write.reader, () => write.source)) {
      rows += chunk.length;
      yield chunk;
      await write.progress(rows);
    }
  })();
  const written = await writeFormat(write, write.source.columns, chunks);
  return { rows, ...written };
}
