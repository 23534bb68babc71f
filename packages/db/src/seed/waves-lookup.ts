import type { WaveCode } from '@cutover/domain';
import type { CountryPlan } from './country';
import type { WaveSchedule } from './schedule';

export function waveOf(plan: CountryPlan, code: WaveCode): WaveSchedule {
  const wave = plan.story.waves.get(code);
  if (!wave) throw new Error(`no schedule for wave ${code}`);
  return wave;
}
