import { regionAuthorityName } from './authority-names';
import { type Day, formatDay, formatInstant, parseDay } from './calendar';
import { rngFor } from './prng';
import { COUNTRY_ID, loadRegions, planRegions, type RegionPlan } from './regions';
import { buildStory, type Story } from './rollout';
import { type ScaleConfig, type ScaleName, scales } from './scales';
import { deadlineSettings, type WaveSchedule, waveSchedules } from './schedule';
import type { DeadlineRow, OrgUnitRow, WaveRow } from './tables';

/** Everything decided before any region is generated; regions then generate independently. */
export interface CountryPlan {
  seed: number;
  today: Day;
  scale: ScaleConfig;
  regions: RegionPlan[];
  waves: WaveSchedule[];
  story: Story;
}

export const DEFAULT_SEED = 20250825;

export function planCountry(scale: ScaleName, seed: number, today: Day): CountryPlan {
  const regions = planRegions(loadRegions(), scales[scale]);
  const waves = waveSchedules(today);
  const story = buildStory(
    regions.map((plan) => plan.region),
    waves,
    seed,
    today,
  );
  return { seed, today, scale: scales[scale], regions, waves, story };
}

export function regionAuthority(plan: CountryPlan, region: RegionPlan): string {
  const { iso, nameRu } = region.region;
  return regionAuthorityName(iso, nameRu, rngFor(plan.seed, 'region-authority', iso));
}

/** Regions joined the federation's current map at different dates; most in 1993. */
const regionValidFrom: Record<string, string> = {
  'RU-PER': '2005-12-01',
  'RU-KYA': '2007-01-01',
  'RU-KAM': '2007-07-01',
  'RU-IRK': '2008-01-01',
  'RU-ZAB': '2008-03-01',
};

export function topOrgUnitRows(plan: CountryPlan): OrgUnitRow[] {
  const country: OrgUnitRow = [
    COUNTRY_ID,
    null,
    'country',
    'country',
    'RU',
    'Российская Федерация',
    'Russian Federation',
    'Министерство просвещения Российской Федерации',
    [COUNTRY_ID],
    0,
    55.76,
    37.62,
    plan.regions.reduce((sum, r) => sum + r.region.populationK, 0),
    '1991-12-25',
  ];
  const regions = plan.regions.map((regionPlan): OrgUnitRow => {
    const { region } = regionPlan;
    return [
      regionPlan.id,
      COUNTRY_ID,
      'region',
      'region',
      region.iso,
      region.nameRu,
      region.nameEn,
      regionAuthority(plan, regionPlan),
      [COUNTRY_ID, regionPlan.id],
      1,
      region.latitude,
      region.longitude,
      region.populationK,
      regionValidFrom[region.iso] ?? '1993-12-12',
    ];
  });
  return [country, ...regions];
}

export function waveRows(plan: CountryPlan): WaveRow[] {
  return plan.waves.map((wave) => [
    wave.id,
    wave.code,
    wave.nameEn,
    wave.nameRu,
    formatDay(wave.opensOn),
    formatDay(wave.deadline),
    wave.id,
  ]);
}

/** The earlier deadlines a few regions and cities set for themselves, by the system. */
export function deadlineRows(plan: CountryPlan): DeadlineRow[] {
  return deadlineSettings.flatMap((setting, index): DeadlineRow[] => {
    const region = plan.regions.find((r) => r.region.iso === setting.regionIso);
    const wave = plan.waves.find((w) => w.code === setting.wave);
    if (!region || !wave) return [];
    // The region's first municipality is its capital (or, in a federal city, its first okrug).
    const orgUnitId = setting.node === 'region' ? region.id : region.firstChildId;
    const deadline =
      'date' in setting ? parseDay(setting.date) : wave.deadline - setting.daysEarlier;
    const setOn = Math.min(wave.opensOn + 2 + index, deadline - 1);
    return [
      [orgUnitId, wave.id, formatDay(deadline), setting.reason, null, formatInstant(setOn, 9 * 60)],
    ];
  });
}
