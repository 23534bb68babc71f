import type { admin as en } from '../en/admin';
import type { MessageTree } from '../messages';
import { adminUi } from './admin-ui';
import { audit } from './audit';

export const admin: MessageTree<typeof en> = {
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
    auditLog: {
      name: 'Запись журнала аудита |||| Журнал аудита |||| Журнал аудита',
      forcedCaseName:
        'запись журнала аудита |||| записи журнала аудита |||| записей журнала аудита',
      fields: {
        id: 'ID',
        at: 'Время',
        actorLogin: 'Кто',
        actor: 'Кто (логин)',
        action: 'Действие',
        entityType: 'Тип записи',
        entityId: 'ID записи',
        from: 'С',
        to: 'По',
        withinId: 'Внутри',
        before: 'До',
        after: 'После',
        requestId: 'ID запроса',
        clientIp: 'IP-адрес клиента',
        hash: 'Хеш',
        prevHash: 'Предыдущий хеш',
      },
    },
    waves: {
      name: 'Волна |||| Волны |||| Волн',
      forcedCaseName: 'волна |||| волны |||| волн',
      fields: {
        id: 'ID',
        code: 'Код',
        name: 'Название',
        nameEn: 'Название на английском',
        nameRu: 'Название на русском',
        opensOn: 'Начало',
        nationalDeadline: 'Национальный срок',
      },
    },
    deadlines: {
      name: 'Срок |||| Сроки |||| Сроков',
      forcedCaseName: 'срок |||| срока |||| сроков',
      fields: {
        id: 'ID',
        orgUnitId: 'Подразделение',
        orgUnitName: 'Подразделение',
        withinId: 'Внутри',
        waveId: 'Волна',
        deadline: 'Срок',
        reason: 'Основание',
        setByLogin: 'Кто установил',
        setAt: 'Когда установлен',
      },
    },
  },
  cutover: { ...adminUi, audit },
  errors: {
    deadline_later_than_parent: 'Срок не может быть позже установленного выше (%{limit}).',
    deadline_invalid_date: 'Введите правильную дату.',
    wave_not_found: 'Такой волны нет.',
  },
};
