import type { ChildUnit, UnitRow, WorstRow } from './types';

/** A child unit for the table, live or as of a past day. */
export function childToUnitRow(row: ChildUnit): UnitRow {
  return {
    id: row.id,
    name: row.name,
    percent: row.percent,
    numerator: row.numerator,
    denominator: row.denominator,
    risk: row.risk,
    finishedOn: row.finishedOn,
    forecastDate: row.forecastDate,
    forecastEarliest: row.forecastEarliest,
    forecastLatest: row.forecastLatest,
    deadline: row.deadline,
  };
}

export function worstToUnitRow(row: WorstRow): UnitRow {
  return {
    id: row.id,
    name: row.name,
    percent: row.percent,
    risk: row.risk,
    finishedOn: null,
    forecastDate: row.forecastDate,
    forecastEarliest: row.forecastEarliest,
    forecastLatest: row.forecastLatest,
    deadline: row.deadline,
  };
}
