import type { ChildUnit, UnitRow, WorstRow } from './types';

/** A child unit for the table; "as of" rows carry no deadline of their own (the API omits it). */
export function childToUnitRow(row: ChildUnit): UnitRow {
  return {
    id: row.id,
    name: row.name,
    percent: row.percent,
    numerator: row.numerator,
    denominator: row.denominator,
    risk: row.risk,
    forecastDate: row.forecastDate,
    deadline: 'deadline' in row ? row.deadline : null,
  };
}

export function worstToUnitRow(row: WorstRow): UnitRow {
  return {
    id: row.id,
    name: row.name,
    percent: row.percent,
    risk: row.risk,
    forecastDate: row.forecastDate,
    deadline: row.deadline,
  };
}
