import type { WaveCode } from '@cutover/domain';
import { type Day, formatDay } from './calendar';
import { type ChatRecord, type ExtraChat, generateChats } from './chats';
import type { CountryPlan } from './country';
import { type Curve, jitterCurve } from './curves';
import { reportGrid, type Series, snapshotRows } from './history';
import type { InstitutionUnit } from './institutions';
import { generateStaff, institutionRoles, type StaffMember } from './people';
import { type Rng, rngFor } from './prng';
import { institutionJitter, regionPlansOf } from './rollout';
import type { RowBatch } from './tables';
import { waveOf } from './waves-lookup';

const CONTINGENT = 'региональная ИС «Контингент»';
const STAFF_REGISTER = 'Регистр ОО (ФИС ФРДО)';

/** Staff, chats, denominators, pupil accounts and history of one institution. */
export function addInstitution(
  plan: CountryPlan,
  regionIso: string,
  unit: InstitutionUnit,
  municipalityCurves: Record<WaveCode, Curve>,
  batch: RowBatch,
): void {
  const rng = rngFor(plan.seed, 'institution', unit.id);
  const grid = reportGrid(plan.today, rng);
  const regionPlans = regionPlansOf(plan.story, regionIso);
  const curveOf = (code: WaveCode) =>
    jitterCurve(municipalityCurves[code], institutionJitter, regionPlans[code].finishBy, rng);
  const school = unit.kind === 'school';
  const staffWave: WaveCode = school ? 'school_administrators' : 'preschool_vocational_staff';
  const classWave: WaveCode = school ? 'school_chats' : 'preschool_vocational_parents';
  const staffCurve = curveOf(staffWave);
  const classCurve = curveOf(classWave);
  const administration = (role: string) => role === 'director' || role === 'school_admin';
  // At schools only the administration is a wave of its own; teachers move with their chats.
  const staff = generateStaff(
    {
      orgUnitId: unit.id,
      code: unit.code,
      emailDomain: unit.emailDomain,
      cutoff: grid.cutoff,
      today: plan.today,
    },
    institutionRoles(unit.kind, unit.learners, unit.groups.length, rng),
    (role) => (school && !administration(role) ? classCurve : staffCurve),
    rng,
  );
  const chats = generateChats(
    {
      orgUnitId: unit.id,
      short: unit.name.short,
      cutoff: grid.cutoff,
      classCurve,
      staffCurve: school ? classCurve : staffCurve,
      parentsPerPupil: school ? [1.3, 1.8] : unit.kind === 'preschool' ? [1.5, 1.9] : [0.9, 1.3],
      extraChats: extraChats(unit, rng),
    },
    unit.groups,
    rng,
  );
  for (const member of staff) batch.staff.push(member.row);
  for (const chat of chats) batch.chats.push(chat.row);

  const counted = staff.filter((member) => !member.deactivated);
  const classChats = chats.filter((c) => c.kind === 'class_parent' || c.kind === 'class_pupil');
  const parentChats = chats.filter((c) => c.kind === 'class_parent');
  const parentsExpected = parentChats.reduce((sum, c) => sum + c.parentsExpected, 0);
  addExpectedCounts(plan, unit, counted.length, classChats.length, parentsExpected, rng, batch);
  addPupilAccounts(unit, classChats, grid.cutoff, rng, batch);

  const series = (code: WaveCode, rest: Omit<Series, 'orgUnitId' | 'waveId' | 'start'>) => {
    const wave = waveOf(plan, code);
    const full = { orgUnitId: unit.id, waveId: wave.id, start: wave.opensOn, ...rest };
    batch.snapshots.push(...snapshotRows(full, grid));
  };
  if (school) {
    const teachers = counted.filter((m) => !administration(m.role));
    const administrators = counted.filter((m) => administration(m.role));
    series('school_chats', {
      metric: 'chats_migrated',
      denominator: classChats.length,
      staff: eventsOf(teachers),
      chats: classChats,
    });
    series('school_administrators', {
      metric: 'staff_active',
      denominator: administrators.length,
      staff: eventsOf(administrators),
      chats: [],
    });
  } else if (unit.kind !== 'other') {
    series('preschool_vocational_staff', {
      metric: 'staff_active',
      denominator: counted.length,
      staff: eventsOf(counted),
      chats: [],
    });
    series('preschool_vocational_parents', {
      metric: 'parents_joined',
      denominator: parentsExpected,
      staff: [],
      chats: parentChats,
    });
  }
}

const eventsOf = (members: readonly StaffMember[]) => members.map((m) => m.events);

const methodicalGroups = [
  'МО учителей начальных классов',
  'МО классных руководителей',
  'МО учителей математики и информатики',
  'МО учителей естественно-научного цикла',
  'МО учителей гуманитарного цикла',
];

function extraChats(unit: InstitutionUnit, rng: Rng): ExtraChat[] {
  const short = unit.name.short;
  const chats: ExtraChat[] = [];
  const maybe = (probability: number, kind: ExtraChat['kind'], title: string) => {
    if (rng.chance(probability)) chats.push({ kind, title: `${title} ${short}` });
  };
  if (unit.kind === 'school') {
    const groups = Math.min(methodicalGroups.length, 1 + Math.floor(unit.groups.length / 8));
    for (const title of methodicalGroups.slice(0, groups)) maybe(1, 'staff', title);
    maybe(0.5, 'other', 'Управляющий совет');
    maybe(0.3, 'other', 'Родительский комитет');
    maybe(0.3, 'other', 'Совет старшеклассников');
  } else if (unit.kind === 'preschool') {
    maybe(0.6, 'other', 'Объявления для родителей');
  } else if (unit.kind === 'college' || unit.kind === 'technical_school') {
    maybe(0.7, 'staff', 'Кураторы учебных групп');
    maybe(0.5, 'other', 'Студенческий совет');
  }
  return chats;
}

/** The school year's contingent is registered in the first weeks of September. */
function contingentDate(today: Day, rng: Rng): string {
  const year = Number(formatDay(today).slice(0, 4));
  const septemberThisYear = formatDay(today) >= `${year}-09-20`;
  const schoolYear = septemberThisYear ? year : year - 1;
  return `${schoolYear}-09-${String(rng.int(2, 20)).padStart(2, '0')}`;
}

function addExpectedCounts(
  plan: CountryPlan,
  unit: InstitutionUnit,
  staff: number,
  classChats: number,
  parents: number,
  rng: Rng,
  batch: RowBatch,
): void {
  batch.expectedCounts.push([
    unit.id,
    'staff',
    staff,
    STAFF_REGISTER,
    formatDay(plan.today - rng.int(3, 40)),
  ]);
  if (unit.kind === 'other') return;
  const asOf = contingentDate(plan.today, rng);
  batch.expectedCounts.push(
    [unit.id, 'pupils', unit.learners, CONTINGENT, asOf],
    [unit.id, 'parents', parents, CONTINGENT, asOf],
    [unit.id, 'class_chats', classChats, unit.kind === 'school' ? 'Форма ОО-1' : CONTINGENT, asOf],
  );
}

/** Pupils' own accounts follow their class chats; children's mode is the norm below college. */
function addPupilAccounts(
  unit: InstitutionUnit,
  classChats: readonly ChatRecord[],
  cutoff: Day,
  rng: Rng,
  batch: RowBatch,
): void {
  if (unit.kind === 'preschool' || unit.kind === 'other') return;
  const pupilChats = classChats.filter((c) => c.kind === 'class_pupil');
  const moved = pupilChats.filter((c) => c.migrated !== null).length;
  const share = pupilChats.length === 0 ? 0 : moved / pupilChats.length;
  const registered = Math.round(unit.learners * share * rng.between(0.75, 0.95));
  const childrensMode = Math.round(
    registered * (unit.kind === 'school' ? rng.between(0.7, 0.9) : rng.between(0.02, 0.08)),
  );
  batch.pupilAccounts.push([unit.id, registered, childrensMode, formatDay(cutoff)]);
}
