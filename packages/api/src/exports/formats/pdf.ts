import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { ExportColumn, ExportRow } from '@cutover/db';
import { type BurnupPoint, drawBurnup } from './pdf-burnup';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT = path.join(fontDir, 'DejaVuSans.ttf');
const BOLD = path.join(fontDir, 'DejaVuSans-Bold.ttf');

/** A summary lists this many rows; the CSV and XLSX of the same report hold all of them. */
export const PDF_TABLE_ROWS = 1_000;

export interface PdfSummary {
  title: string;
  exportId: number;
  scopeName: string;
  asOf: string;
  /** The column whose values are counted (the adoption class, the funnel status...). */
  countBy?: string | undefined;
  /** The columns of the table, in order (at most six fit a page). */
  tableColumns: readonly string[];
  /** Adoption reports: the unit's daily series up to the as-of day (the dashboard's burn-up). */
  burnup?: readonly BurnupPoint[] | undefined;
}

/**
 * A PDF summary with an embedded Cyrillic font: scope, as-of day, row count and the counts
 * by class, the numerator and denominator totals, then the table of units. Every page names
 * the export and the SHA-256 of its data (the rows as JSON lines): the hash of the PDF file
 * itself cannot be printed inside it, it lives in the manifest and the audit log.
 */
export async function writePdf(
  file: string,
  columns: readonly ExportColumn[],
  chunks: AsyncIterable<ExportRow[]>,
  summary: PdfSummary,
): Promise<{ dataSha256: string }> {
  const dataHash = createHash('sha256');
  const counts = new Map<string, number>();
  const totals = { numerator: 0, denominator: 0, rows: 0 };
  const table: ExportRow[] = [];
  const keys = columns.map((column) => column.key);
  for await (const rows of chunks) {
    for (const row of rows) {
      dataHash.update(`${JSON.stringify(keys.map((key) => row[key] ?? null))}\n`);
      totals.rows += 1;
      if (typeof row.numerator === 'number') totals.numerator += row.numerator;
      if (typeof row.denominator === 'number') totals.denominator += row.denominator;
      if (summary.countBy) {
        const value = String(row[summary.countBy] ?? '—');
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      if (table.length < PDF_TABLE_ROWS) table.push(row);
    }
  }
  const dataSha256 = dataHash.digest('hex');

  // Loaded on the first PDF export, not with the server (about 25 MB resident).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 40, bufferPages: true });
  const out = createWriteStream(file);
  doc.pipe(out);
  doc.registerFont('body', FONT).registerFont('bold', BOLD).font('bold').fontSize(16);
  doc.text(summary.title).moveDown(0.5).font('body').fontSize(10);
  doc.text(`Scope: ${summary.scopeName}`);
  doc.text(`As of: ${summary.asOf}`);
  doc.text(`Rows: ${totals.rows}`);
  if (totals.denominator > 0) {
    const percent = ((100 * totals.numerator) / totals.denominator).toFixed(1);
    doc.text(`Total: ${totals.numerator} of ${totals.denominator} (${percent}%)`);
  }
  if (summary.burnup) drawBurnup(doc, summary.burnup, summary.asOf);
  if (counts.size > 0) {
    doc.moveDown(0.5).font('bold').text(`By ${summary.countBy}`).font('body');
    for (const [value, count] of [...counts].sort((a, b) => b[1] - a[1])) {
      doc.text(`${value}: ${count}`);
    }
  }
  doc.moveDown(0.5).font('bold').text(summary.tableColumns.join(' | ')).font('body');
  for (const row of table) {
    doc.text(summary.tableColumns.map((key) => String(row[key] ?? '')).join(' | '));
  }
  if (totals.rows > table.length) {
    doc.moveDown(0.5).text(`${totals.rows - table.length} more rows in the CSV or XLSX export.`);
  }
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    const footer = `Export #${summary.exportId} · data SHA-256 ${dataSha256} · page ${page + 1}/${range.count}`;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(7).text(footer, 40, doc.page.height - 25, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await finished(out);
  return { dataSha256 };
}
