import { type WaveCode, waveCohorts } from '@cutover/domain';
import { type Day, parseDay } from './calendar';

/** The day the first pilot schools opened their chats in the state messenger, before the start. */
export const CAMPAIGN_START = parseDay('2025-08-25');
/** School chats begin moving on 1 September 2025 (a start, not a deadline). */
export const SCHOOL_CHATS_OPEN = parseDay('2025-09-01');
/** The demo's national deadline for school chats: the end of the 2025/26 school year. */
export const SCHOOL_CHATS_DEADLINE = parseDay('2026-05-31');
/** Later waves are placed relative to `today`; before this the earliest of them would open before the campaign. */
export const EARLIEST_TODAY = parseDay('2026-07-01');

export const PILOT_REGIONS = ['RU-TA', 'RU-AL', 'RU-ME', 'RU-VLA', 'RU-TVE', 'RU-KHM'] as const;

export interface WaveSchedule {
  id: number;
  code: WaveCode;
  nameEn: string;
  nameRu: string;
  opensOn: Day;
  deadline: Day;
}

const waveNames: Record<WaveCode, readonly [string, string]> = {
  school_chats: ['School chats', 'Школьные чаты'],
  ministry_staff: [
    'Education ministry staff',
    'Сотрудники органов управления образованием субъектов',
  ],
  municipal_authorities: [
    'Municipal education authorities',
    'Сотрудники муниципальных органов управления образованием',
  ],
  school_administrators: ['School administrators', 'Администрации школ'],
  preschool_vocational_staff: [
    'Preschool, college and technical school staff',
    'Работники детских садов, колледжей и техникумов',
  ],
  preschool_vocational_parents: [
    'Parents in preschools, colleges and technical schools',
    'Родители воспитанников детских садов и студентов колледжей и техникумов',
  ],
};

/**
 * Opening and deadline relative to `today` for the later waves, so that on that day two are
 * long finished, one is closing, one is at risk and one is far out.
 */
const relativeDates: Record<Exclude<WaveCode, 'school_chats'>, readonly [number, number]> = {
  ministry_staff: [-300, -180],
  municipal_authorities: [-240, -100],
  school_administrators: [-120, 14],
  preschool_vocational_staff: [-90, 42],
  preschool_vocational_parents: [-90, 150],
};

export function waveSchedules(today: Day): WaveSchedule[] {
  return waveCohorts.map(({ code }, index) => {
    const [nameEn, nameRu] = waveNames[code];
    const [opensOn, deadline] =
      code === 'school_chats'
        ? [SCHOOL_CHATS_OPEN, SCHOOL_CHATS_DEADLINE]
        : relativeDates[code].map((offset) => today + offset);
    return {
      id: index + 1,
      code,
      nameEn,
      nameRu,
      opensOn: opensOn ?? today,
      deadline: deadline ?? today,
    };
  });
}

/**
 * A node's own, earlier deadline; `capital` means the region's main municipality. It is
 * `daysEarlier` than the wave's national deadline, or a fixed `date` set by a ministry.
 */
export type DeadlineSetting = {
  regionIso: string;
  node: 'region' | 'capital';
  wave: WaveCode;
  reason: string;
} & ({ daysEarlier: number } | { date: string });

export const deadlineSettings: readonly DeadlineSetting[] = [
  {
    regionIso: 'RU-TA',
    node: 'region',
    wave: 'school_chats',
    date: '2025-11-30',
    reason:
      'План Министерства образования и науки Республики Татарстан: перевести школьные чаты до конца ноября 2025 года',
  },
  {
    regionIso: 'RU-ME',
    node: 'region',
    wave: 'school_chats',
    date: '2025-12-26',
    reason: 'Пилотный регион: перевести классные чаты до конца первого полугодия',
  },
  {
    regionIso: 'RU-BEL',
    node: 'region',
    wave: 'ministry_staff',
    daysEarlier: 14,
    reason: 'Приказ министерства: сотрудники министерства переходят первыми',
  },
  {
    regionIso: 'RU-KDA',
    node: 'capital',
    wave: 'municipal_authorities',
    daysEarlier: 7,
    reason: 'Распоряжение главы города: управление образования подключается до совещания',
  },
  {
    regionIso: 'RU-TA',
    node: 'region',
    wave: 'school_administrators',
    daysEarlier: 30,
    reason: 'Решение регионального штаба: администрации школ подключаются до конца четверти',
  },
  {
    regionIso: 'RU-NVS',
    node: 'capital',
    wave: 'school_administrators',
    daysEarlier: 10,
    reason: 'Распоряжение мэрии: завершить до городского совещания руководителей школ',
  },
  {
    regionIso: 'RU-KHM',
    node: 'region',
    wave: 'preschool_vocational_staff',
    daysEarlier: 21,
    reason: 'Приказ департамента образования: завершить до начала зимней сессии в колледжах',
  },
  {
    regionIso: 'RU-SVE',
    node: 'capital',
    wave: 'preschool_vocational_staff',
    daysEarlier: 14,
    reason: 'Постановление администрации города: план-график перехода детских садов',
  },
];
