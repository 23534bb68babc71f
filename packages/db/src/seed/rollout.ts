import type { WaveCode } from '@cutover/domain';
import { type Day, parseDay } from './calendar';
import { type Curve, type Jitter, jitterCurve } from './curves';
import { type Rng, rngFor } from './prng';
import type { RegionRecord } from './regions';
import { PILOT_REGIONS, type WaveSchedule } from './schedule';

/** A region's plan for a wave: its typical curve and the day it must be done by, if any. */
export interface RegionWavePlan {
  curve: Curve;
  finishBy: Day | null;
}

type FinishedWave = 'school_chats' | 'ministry_staff' | 'municipal_authorities';

/**
 * The adoption story: pilots early and done, S-curves per region with varied start and speed,
 * a few regions left overdue in finished waves by stalled municipalities (or, for ministry
 * staff, a stalled ministry), the closing wave mostly done, the at-risk wave mostly behind.
 */
export interface Story {
  today: Day;
  waves: ReadonlyMap<WaveCode, WaveSchedule>;
  regionPlans: ReadonlyMap<string, Record<WaveCode, RegionWavePlan>>;
  overdueRegions: Record<FinishedWave, ReadonlySet<string>>;
}

/** Tatarstan's ministry planned to finish by November 2025; its schools finish mid-November. */
const TATARSTAN_DONE_BY = parseDay('2025-11-20');
const PILOTS_DONE_BY = parseDay('2025-10-01');
const NATIONAL_START = parseDay('2025-09-01');

export function buildStory(
  regions: readonly RegionRecord[],
  waves: readonly WaveSchedule[],
  seed: number,
  today: Day,
): Story {
  const rng = rngFor(seed, 'story');
  const byCode = new Map(waves.map((wave) => [wave.code, wave]));
  const wave = (code: WaveCode) => {
    const found = byCode.get(code);
    if (!found) throw new Error(`no schedule for wave ${code}`);
    return found;
  };
  const pilots = new Set<string>(PILOT_REGIONS);
  const isos = regions.map((r) => r.iso);
  const pickRegions = (count: number, excluded: readonly string[]) =>
    new Set(
      rng
        .shuffle(isos.filter((iso) => !pilots.has(iso) && !excluded.includes(iso)))
        .slice(0, count),
    );
  const overdueRegions = {
    school_chats: pickRegions(4, []),
    ministry_staff: pickRegions(2, ['RU-BEL']),
    municipal_authorities: pickRegions(3, ['RU-KDA']),
  };
  const lateSchoolChats = pickRegions(10, [...overdueRegions.school_chats]);
  const onTrackAtRisk = pickRegions(Math.round(regions.length * 0.15), []);
  onTrackAtRisk.add('RU-KHM');

  const regionPlans = new Map<string, Record<WaveCode, RegionWavePlan>>();
  for (const iso of isos) {
    const r = rngFor(seed, 'region-story', iso);
    const plan = (start: Day, end: Day, finishBy: Day | null = null): RegionWavePlan => ({
      curve: { start, end: Math.max(end, start + 21), stallAfter: null },
      finishBy,
    });
    const opens = (code: WaveCode) => wave(code).opensOn + r.int(0, 20);
    const deadline = (code: WaveCode) => wave(code).deadline;
    const pilotEnd = iso === 'RU-TA' ? TATARSTAN_DONE_BY - 4 : PILOTS_DONE_BY - r.int(8, 18);
    const administrators = opens('school_administrators');
    const preschoolStaff = opens('preschool_vocational_staff');
    const ministry = opens('ministry_staff');
    const municipal = opens('municipal_authorities');
    const parents = opens('preschool_vocational_parents');
    regionPlans.set(iso, {
      school_chats: pilots.has(iso)
        ? plan(wave('school_chats').opensOn + r.int(0, 2), pilotEnd, pilotEnd + 4)
        : lateSchoolChats.has(iso)
          ? latePlan(r, plan, deadline('school_chats'))
          : schoolChatsPlan(r, plan),
      ministry_staff: plan(ministry, ministry + r.int(35, 110)),
      municipal_authorities: plan(municipal, municipal + r.int(50, 120)),
      school_administrators:
        iso === 'RU-TA'
          ? plan(administrators, today - 30, today - 20)
          : plan(administrators, deadline('school_administrators') + Math.round(r.normal(-20, 18))),
      preschool_vocational_staff: onTrackAtRisk.has(iso)
        ? plan(preschoolStaff, deadline('preschool_vocational_staff') - r.int(24, 40), today + 20)
        : plan(preschoolStaff, deadline('preschool_vocational_staff') + r.int(40, 170)),
      preschool_vocational_parents: plan(
        parents,
        deadline('preschool_vocational_parents') - r.int(60, 120),
      ),
    });
  }
  return { today, waves: byCode, regionPlans, overdueRegions };
}

function schoolChatsPlan(r: Rng, plan: (start: Day, end: Day) => RegionWavePlan): RegionWavePlan {
  const start = NATIONAL_START + r.int(0, 20);
  return plan(start, start + r.int(55, 150));
}

/** A region that starts late and reaches the threshold a week or three after the deadline. */
function latePlan(
  r: Rng,
  plan: (start: Day, end: Day) => RegionWavePlan,
  deadline: Day,
): RegionWavePlan {
  return plan(deadline - r.int(90, 120), deadline + r.int(24, 28));
}

export const municipalityJitter: Jitter = { startDays: [0, 10], endDays: [-7, 15], minLength: 21 };
export const institutionJitter: Jitter = { startDays: [0, 7], endDays: [-5, 10], minLength: 10 };

/** Waves still running on `today`, where a municipality can be seen flat for weeks. */
const runningWaves: readonly WaveCode[] = ['school_administrators', 'preschool_vocational_staff'];

/**
 * A municipality's curves. `stalledFinished` lists the finished waves it stalls in (chosen by
 * the region so that only a few municipalities of the overdue regions stall).
 */
export function municipalityCurves(
  story: Story,
  regionIso: string,
  stalledFinished: ReadonlySet<WaveCode>,
  rng: Rng,
): Record<WaveCode, Curve> {
  const plans = regionPlansOf(story, regionIso);
  const curves = {} as Record<WaveCode, Curve>;
  for (const code of Object.keys(plans) as WaveCode[]) {
    const { curve, finishBy } = plans[code];
    const jittered = jitterCurve(curve, municipalityJitter, finishBy, rng);
    if (stalledFinished.has(code)) {
      jittered.stallAfter = stallPoint(jittered, rng);
    } else if (runningWaves.includes(code) && finishBy === null && rng.chance(0.04)) {
      jittered.stallAfter = Math.max(jittered.start + 7, story.today - rng.int(21, 50));
    }
    curves[code] = jittered;
  }
  return curves;
}

/** Somewhere between half and most of the way up the curve. */
export function stallPoint(curve: Curve, rng: Rng): Day {
  return Math.round(curve.start + (curve.end - curve.start) * rng.between(0.5, 0.7));
}

export function regionPlansOf(story: Story, regionIso: string): Record<WaveCode, RegionWavePlan> {
  const plans = story.regionPlans.get(regionIso);
  if (!plans) throw new Error(`no story for region ${regionIso}`);
  return plans;
}
