export interface BurnupPoint {
  day: string;
  numerator: number;
  denominator: number;
}

const WIDTH = 440;
const HEIGHT = 150;

/**
 * The dashboard's burn-up chart in vector lines: the adopted count climbing day by day
 * (solid) towards the expected count (dashed), on a time axis from the first day to the
 * as-of day. Written as text too (first and last points) so a reader without the chart
 * still gets the figures.
 */
export function drawBurnup(doc: PDFKit.PDFDocument, series: readonly BurnupPoint[], asOf: string) {
  doc.moveDown(0.5).font('bold').text('Burn-up').font('body');
  // The history keeps a day only when the figures changed: the last ones held until asOf.
  const end = series.at(-1);
  const points = end && end.day < asOf ? [...series, { ...end, day: asOf }] : series;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) {
    doc.text('No daily history for this unit and wave yet.');
    return;
  }
  doc.text(
    `${first.day}: ${first.numerator} of ${first.denominator} → ${last.day}: ${last.numerator} of ${last.denominator}`,
  );
  const top = doc.y + 8;
  const left = doc.page.margins.left + 40;
  const max = Math.max(1, ...points.map((p) => Math.max(p.numerator, p.denominator)));
  const t0 = Date.parse(first.day);
  const span = Math.max(1, Date.parse(last.day) - t0);
  const x = (p: BurnupPoint) =>
    points.length === 1 ? left + WIDTH : left + ((Date.parse(p.day) - t0) / span) * WIDTH;
  const y = (value: number) => top + HEIGHT - (value / max) * HEIGHT;

  doc.save().lineWidth(0.5).strokeColor('#555555');
  doc
    .moveTo(left, top)
    .lineTo(left, top + HEIGHT)
    .lineTo(left + WIDTH, top + HEIGHT)
    .stroke();
  polyline(doc, points, x, (p) => y(p.denominator));
  doc.dash(3, { space: 2 }).strokeColor('#888888').lineWidth(1).stroke().undash();
  polyline(doc, points, x, (p) => y(p.numerator));
  doc.strokeColor('#1565c0').lineWidth(1.5).stroke().restore();

  doc.fontSize(7);
  doc.text(String(max), doc.page.margins.left, y(max) - 3, { width: 36, align: 'right' });
  doc.text('0', doc.page.margins.left, top + HEIGHT - 3, { width: 36, align: 'right' });
  doc.text(first.day, left, top + HEIGHT + 3, { lineBreak: false });
  doc.text(last.day, left + WIDTH - 50, top + HEIGHT + 3, { width: 50, align: 'right' });
  doc.fontSize(10);
  doc.x = doc.page.margins.left;
  doc.y = top + HEIGHT + 16;
  doc.text('— adopted   - - expected (denominator)');
}

function polyline(
  doc: PDFKit.PDFDocument,
  points: readonly BurnupPoint[],
  x: (p: BurnupPoint) => number,
  y: (p: BurnupPoint) => number,
) {
  points.forEach((point, index) => {
    if (index === 0) doc.moveTo(x(point), y(point));
    else doc.lineTo(x(point), y(point));
  });
}
