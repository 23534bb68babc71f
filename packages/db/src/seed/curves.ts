import type { Day } from './calendar';
import type { Rng } from './prng';

/**
 * One adoption S-curve: everyone's step happens between `start` and `end`, following a
 * logistic clipped to [-4, 4] so the curve reaches exactly 100% at `end`. A stalled curve
 * freezes after `stallAfter`: nothing later ever happens.
 */
export interface Curve {
  start: Day;
  end: Day;
  stallAfter: Day | null;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const LOW = logistic(-4);
const HIGH = logistic(4);

/** The day the person (or chat) at quantile `u` in [0, 1) takes the step, or null if never. */
export function curveDay(curve: Curve, u: number): Day | null {
  const p = LOW + u * (HIGH - LOW);
  const position = (Math.log(p / (1 - p)) + 4) / 8;
  const day = Math.floor(curve.start + (curve.end - curve.start) * position);
  return curve.stallAfter !== null && day > curve.stallAfter ? null : day;
}

/** The share done by `day` on an unstalled curve. */
export function curveFraction(curve: Curve, day: Day): number {
  if (day <= curve.start) return 0;
  if (day >= curve.end) return 1;
  const x = -4 + (8 * (day - curve.start)) / (curve.end - curve.start);
  return (logistic(x) - LOW) / (HIGH - LOW);
}

export interface Jitter {
  startDays: readonly [number, number];
  endDays: readonly [number, number];
  minLength: number;
}

/** A child's curve: its parent's shifted a little, never finishing after `finishBy`. */
export function jitterCurve(parent: Curve, jitter: Jitter, finishBy: Day | null, rng: Rng): Curve {
  let start = parent.start + rng.int(...jitter.startDays);
  let end = Math.max(parent.end + rng.int(...jitter.endDays), start + jitter.minLength);
  if (finishBy !== null && end > finishBy) {
    end = finishBy;
    start = Math.min(start, end - jitter.minLength);
  }
  const stallAfter = parent.stallAfter === null ? null : parent.stallAfter + rng.int(-3, 3);
  return { start, end, stallAfter };
}
