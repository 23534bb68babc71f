import { idFromText, isIsoDate, isoToday } from '@cutover/domain';

/** What the dashboard's URL says: `/#/?node=123&wave=4&asOf=2026-05-01`. */
export interface DashboardParams {
  /** Absent: the signed-in user's scope node. */
  nodeId?: number;
  /** Absent or not shown at the node: the first wave with figures. */
  waveId?: number;
  /** A past day; absent: live figures. */
  asOf?: string;
}

/** A usable "as of" day: a valid date before today (today and later are the live view). */
export function pastDay(value: string | null | undefined, today = isoToday()): string | undefined {
  return value && isIsoDate(value) && value < today ? value : undefined;
}

/** Reads the URL's search part; anything malformed is ignored rather than sent to the server. */
export function parseDashboardSearch(search: string, today = isoToday()): DashboardParams {
  const query = new URLSearchParams(search);
  const params: DashboardParams = {};
  const nodeId = idFromText(query.get('node'));
  const waveId = idFromText(query.get('wave'));
  const asOf = pastDay(query.get('asOf'), today);
  if (nodeId !== undefined) params.nodeId = nodeId;
  if (waveId !== undefined) params.waveId = waveId;
  if (asOf !== undefined) params.asOf = asOf;
  return params;
}

/** The search part for a dashboard view, in a stable order; '' for the user's live scope. */
export function dashboardSearch(params: DashboardParams): string {
  const query = new URLSearchParams();
  if (params.nodeId !== undefined) query.set('node', String(params.nodeId));
  if (params.waveId !== undefined) query.set('wave', String(params.waveId));
  if (params.asOf !== undefined) query.set('asOf', params.asOf);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** No figures predate this; a typed year passes through 0002, 0020, 0202 on its way to 2026. */
export const EARLIEST_DAY = '2000-01-01';

/**
 * What a change of the date field means: a past day to show, live figures (cleared, or
 * today and later), or nothing yet (a date still being typed, or before any figures).
 */
export function asOfChoice(
  text: string,
  today = isoToday(),
  earliest = EARLIEST_DAY,
): { asOf: string | undefined } | null {
  if (text === '') return { asOf: undefined };
  if (!isIsoDate(text) || text < earliest) return null;
  return { asOf: pastDay(text, today) };
}
