import { type Day, dayOfDate, formatDay, parseDay } from './calendar';
import { DEFAULT_SEED } from './country';
import type { seededTables } from './finish';
import type { ScaleName } from './scales';
import { EARLIEST_TODAY } from './schedule';

export interface SeedOptions {
  /** The story's "now" (YYYY-MM-DD or a Date): waves and history are placed around it. Default: today (UTC). */
  today?: string | Date;
  /** The same seed and `today` always give the same country. */
  seed?: number;
}

export interface SeedReport {
  scale: ScaleName;
  engine: 'pglite' | 'postgres';
  today: string;
  seed: number;
  seconds: number;
  counts: Record<(typeof seededTables)[number], number>;
}

/** A problem with how the seed was asked for, or with the database it was pointed at. */
export class SeedError extends Error {}

export class AlreadySeededError extends SeedError {
  constructor() {
    super('the database already has data; seed only an empty database');
  }
}

export function resolveToday(today: SeedOptions['today']): Day {
  const day =
    today === undefined
      ? dayOfDate(new Date())
      : typeof today === 'string'
        ? parseTodayString(today)
        : dayOfDate(today);
  if (day < EARLIEST_TODAY) {
    throw new SeedError(
      `today must be on or after ${formatDay(EARLIEST_TODAY)}: the story's later waves open up to 300 days before it`,
    );
  }
  return day;
}

function parseTodayString(text: string): Day {
  try {
    return parseDay(text);
  } catch (error) {
    throw new SeedError((error as Error).message);
  }
}

export function resolveSeed(seed: number | undefined): number {
  if (seed === undefined) return DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new SeedError(`the seed must be an integer, not ${seed}`);
  return seed;
}
