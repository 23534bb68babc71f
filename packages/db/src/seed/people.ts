import type { InstitutionKind } from '@cutover/domain';
import { type Day, formatInstant } from './calendar';
import type { Curve } from './curves';
import { drawFunnel, type FunnelEvents, funnelStatus } from './funnel';
import { personName, transliterate } from './names';
import type { Rng } from './prng';
import type { StaffRole, StaffRow } from './tables';

/** A staff row together with the funnel it was drawn from, for the snapshots. */
export interface StaffMember {
  row: StaffRow;
  role: StaffRole;
  events: FunnelEvents;
  deactivated: boolean;
}

export interface StaffContext {
  orgUnitId: number;
  code: string;
  emailDomain: string;
  cutoff: Day;
  today: Day;
}

const femaleShare: Record<StaffRole, number> = {
  teacher: 0.82,
  class_teacher: 0.88,
  school_admin: 0.75,
  director: 0.7,
  preschool_teacher: 0.97,
  lecturer: 0.65,
  ministry_officer: 0.7,
  municipal_officer: 0.75,
  support_staff: 0.8,
};

/** Who works at an institution of this kind and size. */
export function institutionRoles(
  kind: InstitutionKind,
  learners: number,
  groups: number,
  rng: Rng,
) {
  const roles: [StaffRole, number][] = [['director', 1]];
  if (kind === 'school') {
    roles.push(['school_admin', learners < 150 ? 1 : learners < 600 ? 2 : learners < 1000 ? 3 : 4]);
    roles.push(['class_teacher', groups], ['teacher', Math.round(groups * 0.25) + 1]);
    roles.push(['support_staff', learners < 200 ? 1 : rng.int(2, 3)]);
  } else if (kind === 'preschool') {
    roles.push(['school_admin', learners > 150 ? 1 : 0]);
    roles.push(['preschool_teacher', Math.max(1, Math.round(groups * 1.6))]);
    roles.push(['support_staff', rng.int(1, 3)]);
  } else if (kind === 'college' || kind === 'technical_school') {
    roles.push(
      ['school_admin', rng.int(3, 5)],
      ['lecturer', Math.round(groups * 0.8) + rng.int(2, 6)],
    );
    roles.push(['support_staff', rng.int(2, 5)]);
  } else {
    roles.push(['teacher', rng.int(4, 12)], ['support_staff', rng.int(1, 3)]);
  }
  return roles;
}

/** A few percent have left: deactivated, outside every count. */
const DEACTIVATED_SHARE = 0.025;

export function generateStaff(
  context: StaffContext,
  roles: readonly (readonly [StaffRole, number])[],
  curveOf: (role: StaffRole) => Curve,
  rng: Rng,
): StaffMember[] {
  const members: StaffMember[] = [];
  for (const [role, count] of roles) {
    for (let i = 0; i < count; i++) {
      const n = members.length + 1;
      members.push(staffMember(context, role, n, curveOf(role), rng));
    }
  }
  return members;
}

function staffMember(
  context: StaffContext,
  role: StaffRole,
  n: number,
  curve: Curve,
  rng: Rng,
): StaffMember {
  const person = personName(rng, rng.chance(femaleShare[role]));
  const events = drawFunnel(curve, context.cutoff, rng);
  const deactivated = rng.chance(DEACTIVATED_SHARE);
  const minutes = [rng.int(240, 960), rng.int(240, 960), rng.int(240, 960)].sort((a, b) => a - b);
  const at = (day: Day | null, minute: number | undefined) =>
    day === null || deactivated ? null : formatInstant(day, minute ?? 600);
  const lastActiveDay =
    events.active === null ? null : Math.max(events.active, context.today - rng.int(0, 6));
  const deactivatedDay = deactivated ? context.cutoff - rng.int(0, 300) : null;
  const row: StaffRow = [
    context.orgUnitId,
    `${context.code}-${String(n).padStart(4, '0')}`,
    person.fullName,
    role,
    rng.chance(0.97) ? `+79${String(rng.int(0, 999_999_999)).padStart(9, '0')}` : null,
    emailOf(person.surname, person.givenName, person.patronymic, context.emailDomain, rng),
    deactivated ? 'deactivated' : funnelStatus(events),
    at(events.invited, minutes[0]),
    at(events.registered, minutes[1]),
    at(lastActiveDay, minutes[2]),
    deactivatedDay === null ? null : formatInstant(deactivatedDay, rng.int(360, 900)),
  ];
  return { row, role, events, deactivated };
}

function emailOf(
  surname: string,
  givenName: string,
  patronymic: string,
  domain: string,
  rng: Rng,
): string | null {
  const local =
    `${transliterate(surname)}.${transliterate(givenName.charAt(0))}${transliterate(patronymic.charAt(0))}`
      .toLowerCase()
      .replace(/[^a-z.]/g, '');
  const channel = rng.weighted([
    ['work', 85],
    ['personal', 7],
    ['none', 8],
  ] as const);
  if (channel === 'none') return null;
  if (channel === 'work') return `${local}@${domain}`;
  return `${local}${rng.int(60, 99)}@${rng.pick(['mail.ru', 'yandex.ru', 'bk.ru', 'list.ru'])}`;
}
