import type { InstitutionKind } from '@cutover/domain';
import { classLetters, preschoolGroupNames, vocationalGroupCodes } from './name-lists';
import type { ChatAudience } from './names';
import type { Rng } from './prng';

/** A class (or preschool group, or student group) with its own chats. */
export interface ClassGroup {
  label: string;
  size: number;
  /** Who the class's second chat is for; preschool groups have only the parents' chat. */
  pupilAudience: ChatAudience | null;
}

export function classGroupsOf(
  kind: InstitutionKind,
  learners: number,
  basicSchool: boolean,
  rng: Rng,
): ClassGroup[] {
  switch (kind) {
    case 'school':
      return schoolClasses(learners, basicSchool ? 9 : 11, rng);
    case 'preschool':
      return preschoolGroups(learners, rng);
    case 'college':
    case 'technical_school':
      return studentGroups(learners, rng);
    case 'other':
      return [];
  }
}

function schoolClasses(pupils: number, grades: number, rng: Rng): ClassGroup[] {
  const perGrade = Math.max(1, Math.round(pupils / grades / 20));
  const labels: { label: string; grade: number }[] = [];
  for (let grade = 1; grade <= grades; grade++) {
    // Fewer pupils stay on for the last two years.
    const parallels = grade >= 10 ? Math.max(1, Math.round(perGrade * 0.6)) : perGrade;
    for (let i = 0; i < parallels; i++) {
      labels.push({ label: `${grade}${classLetters[i] ?? String(i + 1)}`, grade });
    }
  }
  const average = pupils / labels.length;
  return labels.map(({ label, grade }) => ({
    label,
    size: Math.max(3, Math.round(average * rng.between(0.85, 1.15))),
    // Pupils get a chat of their own from the second grade, when most have a phone.
    pupilAudience: grade >= 2 ? 'pupils' : null,
  }));
}

function preschoolGroups(children: number, rng: Rng): ClassGroup[] {
  const count = Math.max(1, Math.round(children / 20));
  const names = rng.shuffle(preschoolGroupNames);
  const average = children / count;
  return Array.from({ length: count }, (_, i) => ({
    label: names[i] ? `Группа «${names[i]}»` : `Группа № ${i + 1}`,
    size: Math.max(5, Math.round(average * rng.between(0.85, 1.15))),
    pupilAudience: null,
  }));
}

function studentGroups(students: number, rng: Rng): ClassGroup[] {
  const count = Math.max(4, Math.round(students / 25));
  const specialities = rng.shuffle(vocationalGroupCodes).slice(0, rng.int(3, 6));
  const next = new Map<string, number>();
  const average = students / count;
  return Array.from({ length: count }, () => {
    const speciality = rng.pick(specialities);
    const year = rng.int(22, 25);
    const key = `${speciality}-${year}`;
    const number = (next.get(key) ?? 0) + 1;
    next.set(key, number);
    return {
      label: `${key}-${number}`,
      size: Math.max(8, Math.round(average * rng.between(0.8, 1.2))),
      pupilAudience: 'students' as const,
    };
  });
}
