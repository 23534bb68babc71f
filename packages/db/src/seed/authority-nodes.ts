import type { WaveCode } from '@cutover/domain';
import { formatDay } from './calendar';
import type { CountryPlan } from './country';
import { type Curve, jitterCurve } from './curves';
import { reportGrid, snapshotRows } from './history';
import { generateStaff } from './people';
import { type Rng, rngFor } from './prng';
import { institutionJitter } from './rollout';
import type { RowBatch, StaffRole } from './tables';
import { waveOf } from './waves-lookup';

export interface AuthorityNode {
  id: number;
  code: string;
  emailDomain: string;
  /** Ministry or municipal office staff: its wave and role. */
  wave: Extract<WaveCode, 'ministry_staff' | 'municipal_authorities'>;
  role: Extract<StaffRole, 'ministry_officer' | 'municipal_officer'>;
  headcount: number;
  curve: Curve;
}

export function ministryHeadcount(populationK: number): number {
  return 15 + Math.round(populationK / 150);
}

export function municipalHeadcount(populationK: number, rng: Rng): number {
  return Math.min(40, rng.int(4, 8) + Math.round(populationK / 100));
}

/** The staff of a ministry or municipal office, their expected count and their wave's history. */
export function addAuthorityNode(plan: CountryPlan, node: AuthorityNode, batch: RowBatch): void {
  const rng = rngFor(plan.seed, 'authority-node', node.id);
  const wave = waveOf(plan, node.wave);
  const grid = reportGrid(plan.today, rng);
  const curve = jitterCurve(node.curve, institutionJitter, null, rng);
  const staff = generateStaff(
    {
      orgUnitId: node.id,
      code: node.code,
      emailDomain: node.emailDomain,
      cutoff: grid.cutoff,
      today: plan.today,
    },
    [[node.role, node.headcount]],
    () => curve,
    rng,
  );
  const counted = staff.filter((member) => !member.deactivated);
  for (const member of staff) batch.staff.push(member.row);
  batch.expectedCounts.push([
    node.id,
    'staff',
    counted.length,
    'Штатное расписание',
    formatDay(plan.today - rng.int(5, 40)),
  ]);
  batch.snapshots.push(
    ...snapshotRows(
      {
        orgUnitId: node.id,
        waveId: wave.id,
        metric: 'staff_active',
        start: wave.opensOn,
        denominator: counted.length,
        staff: counted.map((member) => member.events),
        chats: [],
      },
      grid,
    ),
  );
}
