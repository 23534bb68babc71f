import type { RouterInputs, RouterOutputs } from '@cutover/api';

/** Client types come from the router, never copied by hand. */
type Dashboard = RouterOutputs['dashboard'];
export type DashboardInputs = RouterInputs['dashboard'];
export type Summary = Dashboard['summary'];
export type SummaryNode = Summary['node'];
export type WaveSummary = Summary['waves'][number];
export type Wave = WaveSummary['wave'];
export type WaveMetrics = WaveSummary['metrics'];
export type WaveDeadline = WaveSummary['deadline'];
export type WaveForecast = WaveSummary['forecast'];
export type Children = Dashboard['children'];
export type ChildUnit = Children['rows'][number];
export type BurnupPoint = Dashboard['burnup']['points'][number];
export type WorstRow = Dashboard['worstInstitutions']['rows'][number];

/** A unit as the dashboard's tables show it, whichever call it came from. */
export interface UnitRow {
  id: number;
  name: string;
  percent: number | null;
  numerator?: number;
  denominator?: number;
  risk: string | null;
  /** The first day the unit reached the threshold; null while unfinished. */
  finishedOn: string | null;
  forecastDate: string | null;
  forecastEarliest: string | null;
  forecastLatest: string | null;
  deadline: string | null;
}

/** How a unit opens: its link (for keyboards and new tabs) and a click anywhere on it. */
export interface Drill {
  to: (nodeId: number) => { pathname: string; search: string };
  open: (nodeId: number) => void;
}
