import type { Day } from './calendar';
import { type Curve, curveDay } from './curves';
import type { Rng } from './prng';

/** The days a person was invited, registered and first active; null where it never happened. */
export interface FunnelEvents {
  invited: Day | null;
  registered: Day | null;
  active: Day | null;
}

/**
 * Draws a person's funnel from the curve of their wave: first activity follows the S-curve,
 * registration comes a few days before it and the invitation before that (at most a few
 * days before the curve starts). Only what happened by `cutoff` (the node's last report day) counts, so the
 * staff rows agree exactly with the last snapshot.
 */
export function drawFunnel(curve: Curve, cutoff: Day, rng: Rng): FunnelEvents {
  const unstalled = { ...curve, stallAfter: null };
  const u = rng.next();
  const activeAt = curveDay(unstalled, u) ?? curve.end;
  const registeredAt = Math.max(curve.start, activeAt - Math.floor(rng.next() ** 2 * 7));
  const invitedAt = Math.min(
    registeredAt,
    Math.max(curve.start - 5, registeredAt - rng.int(0, 10)),
  );
  const happened = (day: Day) =>
    day <= cutoff && (curve.stallAfter === null || day <= curve.stallAfter) ? day : null;
  return {
    invited: happened(invitedAt),
    registered: happened(registeredAt),
    active: happened(activeAt),
  };
}

/** The status a person's funnel leaves them in. */
export function funnelStatus(
  events: FunnelEvents,
): 'not_invited' | 'invited' | 'registered' | 'active' {
  if (events.active !== null) return 'active';
  if (events.registered !== null) return 'registered';
  if (events.invited !== null) return 'invited';
  return 'not_invited';
}
