import type { staff as en } from '../en/staff';
import type { MessageTree } from '../messages';

export const staff: MessageTree<typeof en> = {
  resources: {
    staff: {
      name: 'Сотрудник |||| Сотрудники |||| Сотрудников',
      forcedCaseName: 'сотрудник |||| сотрудника |||| сотрудников',
      notifications: { created: 'Сотрудник добавлен.', updated: 'Сотрудник сохранён.' },
      fields: {
        id: 'ID',
        fullName: 'ФИО',
        role: 'Должность',
        funnelStatus: 'Статус на платформе',
        orgUnitId: 'Организация',
        orgUnitName: 'Организация',
        withinId: 'Где угодно в регионе',
        inactiveForDays: 'Не активен',
        phone: 'Телефон',
        email: 'Электронная почта',
        externalId: 'Внешний ID',
        invitedAt: 'Приглашён',
        registeredAt: 'Зарегистрирован',
        lastActiveAt: 'Последняя активность',
        deactivatedAt: 'Деактивирован',
        updatedAt: 'Обновлено',
        q: 'Поиск по ФИО',
      },
    },
  },
  cutover: {
    staff: {
      status: 'Статус на платформе',
      contacts: 'Контакты',
      placement: 'Место работы',
    },
    staff_actions: {
      phone_hint: 'Например, +7 900 123-45-67.',
      deactivate: 'Деактивировать',
      deactivate_title: 'Деактивировать: %{name}?',
      deactivate_content:
        'Сотрудник потеряет доступ к официальным чатам до повторной активации. История сохранится.',
      deactivated: '%{name}: сотрудник деактивирован.',
      reactivate: 'Активировать снова',
      reactivated: '%{name}: сотрудник снова активен.',
      transfer: 'Перевести',
      transfer_title: 'Перевод в другую организацию: %{name}',
      transferred: '%{name}: перевод выполнен.',
      target: 'Организация, куда перевести',
    },
  },
  enums: {
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
  },
};
