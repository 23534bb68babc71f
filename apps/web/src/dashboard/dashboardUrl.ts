import { idFromText, isoToday } from '@cutover/domain';
import { pastDay } from '../common/node-page/asOf';
import { readNodeId, writeNodeId } from '../common/node-page/nodeUrl';

/** What the dashboard's URL says: `/#/?node=123&wave=4&asOf=2026-05-01`. */
export interface DashboardParams {
  /** Absent: the signed-in user's scope node. */
  nodeId?: number;
  /** Absent or not shown at the node: the first wave with figures. */
  waveId?: number;
  /** A past day; absent: live figures. */
  asOf?: string;
}

/** Reads the URL's search part; anything malformed is ignored rather than sent to the server. */
export function parseDashboardSearch(search: string, today = isoToday()): DashboardParams {
  const query = new URLSearchParams(search);
  const params: DashboardParams = {};
  const nodeId = readNodeId(query);
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
  writeNodeId(query, params.nodeId);
  if (params.waveId !== undefined) query.set('wave', String(params.waveId));
  if (params.asOf !== undefined) query.set('asOf', params.asOf);
  const text = query.toString();
  return text ? `?${text}` : '';
}
