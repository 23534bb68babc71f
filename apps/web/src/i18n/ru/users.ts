import type { users as en } from '../en/users';
import type { MessageTree } from '../messages';

export const users: MessageTree<typeof en> = {
  resources: {
    users: {
      name: 'Пользователь |||| Пользователи |||| Пользователей',
      forcedCaseName: 'пользователь |||| пользователя |||| пользователей',
      notifications: { created: 'Учётная запись создана.', updated: 'Учётная запись сохранена.' },
      fields: {
        id: 'ID',
        login: 'Логин',
        displayName: 'Имя',
        role: 'Роль',
        scopeOrgUnitId: 'Зона ответственности',
        scopeName: 'Зона ответственности',
        disabled: 'Состояние',
        disabledAt: 'Отключена',
        totpEnabled: 'Двухэтапная проверка',
        lastSignInAt: 'Последний вход',
        createdAt: 'Создана',
        updatedAt: 'Обновлена',
        password: 'Пароль',
        withinId: 'Зона внутри',
        q: 'Поиск по логину или имени',
      },
    },
  },
  cutover: {
    users: {
      active: 'Активна',
      disabled: 'Отключена',
      on: 'Включена',
      off: 'Выключена',
      disable: 'Отключить',
      enable: 'Включить',
      disable_title: 'Отключить учётную запись %{name}?',
      disable_content:
        'Все сеансы пользователя будут завершены, войти можно будет только после включения учётной записи.',
      disabled_done: 'Учётная запись отключена, её сеансы завершены.',
      enabled_done: 'Учётная запись включена.',
      reset_password: 'Сменить пароль',
      reset_title: 'Новый пароль для %{name}',
      reset_hint: 'Не короче %{min} символов. Все сеансы пользователя будут завершены.',
      new_password: 'Новый пароль',
      reset_done: 'Пароль изменён, сеансы пользователя завершены.',
      password_hint: 'Не короче %{min} символов.',
      login_hint: 'Латинские буквы, цифры и . _ @ + - (например, name@region.example).',
      activity: 'Активность',
      choose_role_first: 'Сначала выберите роль.',
      scope_levels: 'Уровень: %{levels}',
      audit_trail: 'История изменений',
    },
  },
  enums: {
    userRole: {
      federal_admin: 'Федеральный администратор',
      regional_admin: 'Региональный администратор',
      district_admin: 'Муниципальный администратор',
      school_admin: 'Администратор школы',
      auditor: 'Аудитор',
    },
  },
};
