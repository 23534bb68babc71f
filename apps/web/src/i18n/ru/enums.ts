import type { enums as en } from '../en/enums';
import type { MessageTree } from '../messages';

export const enums: MessageTree<typeof en> = {
  level: {
    country: 'Страна',
    region: 'Регион',
    municipality: 'Муниципалитет',
    institution: 'Организация',
  },
  kind: {
    country: 'Страна',
    region: 'Регион',
    municipality: 'Муниципалитет',
    school: 'Школа',
    preschool: 'Детский сад',
    college: 'Колледж',
    technical_school: 'Техникум',
    other: 'Другое',
  },
  staffRole: {
    teacher: 'Учитель',
    class_teacher: 'Классный руководитель',
    school_admin: 'Администратор школы',
    director: 'Директор',
    preschool_teacher: 'Воспитатель',
    lecturer: 'Преподаватель',
    ministry_officer: 'Сотрудник министерства',
    municipal_officer: 'Сотрудник органа управления образованием',
    support_staff: 'Вспомогательный персонал',
  },
  funnelStatus: {
    not_invited: 'Не приглашён',
    invited: 'Приглашён',
    registered: 'Зарегистрирован',
    active: 'Активен (7 дней)',
    deactivated: 'Деактивирован',
  },
  userRole: {
    federal_admin: 'Федеральный администратор',
    regional_admin: 'Региональный администратор',
    district_admin: 'Муниципальный администратор',
    school_admin: 'Администратор школы',
    auditor: 'Аудитор',
  },
};
