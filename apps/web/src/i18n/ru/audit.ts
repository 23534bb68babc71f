import type { audit as en } from '../en/audit';
import type { MessageTree } from '../messages';

export const audit: MessageTree<typeof en> = {
  changes: 'Изменения',
  request: 'Запрос',
  integrity: 'Целостность',
  none: 'Нет',
  field: 'Поле',
  changed: 'изменено',
  actions: {
    auth: {
      sign_in: 'Вход в систему',
      sign_in_failed: 'Неудачный вход',
      sign_out: 'Выход из системы',
      second_factor: 'Подтверждён второй фактор',
      second_factor_enrolled: 'Настроена двухэтапная проверка',
      second_factor_failed: 'Неверный второй фактор',
    },
    user: {
      create: 'Создана учётная запись',
      create_demo: 'Создана демонстрационная учётная запись',
      update: 'Изменена учётная запись',
      disable: 'Отключена учётная запись',
      reset_password: 'Сменён пароль',
    },
    deadline: {
      create: 'Установлен срок',
      update: 'Изменён срок',
      delete: 'Удалён срок',
    },
    org_unit: {
      create: 'Создано подразделение',
      update: 'Изменено подразделение',
      move: 'Перемещено подразделение',
      close: 'Закрыто подразделение',
      merge: 'Объединено подразделение',
    },
    staff: {
      create: 'Добавлен сотрудник',
      update: 'Изменён сотрудник',
      transfer: 'Переведён сотрудник',
      deactivate: 'Деактивирован сотрудник',
      reactivate: 'Восстановлен сотрудник',
    },
    chat: { update: 'Изменён чат', status: 'Изменён статус чата' },
    saved_filter: { create: 'Сохранён фильтр', delete: 'Удалён сохранённый фильтр' },
  },
  groups: {
    auth: 'Входы и выходы',
    auth_failed: 'Неудачные входы',
    user: 'Учётные записи',
    deadline: 'Сроки',
    org_unit: 'Иерархия',
    staff: 'Сотрудники',
    chat: 'Чаты',
    saved_filter: 'Сохранённые фильтры',
  },
  entity_types: {
    session: 'Сеанс',
    user: 'Учётная запись',
    deadline: 'Срок',
    orgUnit: 'Подразделение',
    staff: 'Сотрудник',
    chat: 'Чат',
    savedFilter: 'Сохранённый фильтр',
  },
};
