import type { chats as en } from '../en/chats';
import type { MessageTree } from '../messages';

export const chats: MessageTree<typeof en> = {
  resources: {
    chats: {
      name: 'Официальный чат |||| Официальные чаты |||| Официальных чатов',
      forcedCaseName: 'официальный чат |||| официальных чата |||| официальных чатов',
      notifications: { updated: 'Чат сохранён.' },
      fields: {
        id: 'ID',
        title: 'Название',
        classLabel: 'Класс',
        kind: 'Вид',
        status: 'Статус',
        legacyPlatform: 'Прежняя платформа',
        parentsExpected: 'Ожидается родителей',
        parentsJoined: 'Подключилось родителей',
        migratedAt: 'Перенесён',
        legacyClosedAt: 'Прежний чат закрыт',
        orgUnitId: 'Организация',
        orgUnitName: 'Организация',
        withinId: 'В пределах (поддерево)',
        updatedAt: 'Обновлено',
        q: 'Поиск по названию или классу',
      },
    },
  },
  cutover: {
    chats: {
      migration: 'Переход',
      parents_of: '%{joined} из %{expected}',
      bulk_status: 'Изменить статус',
      new_status: 'Новый статус',
      bulk_confirm:
        'Изменить статус %{count} чата? |||| Изменить статус %{count} чатов? |||| Изменить статус %{count} чатов?',
      bulk_done:
        'Обновлён %{count} чат. |||| Обновлены %{count} чата. |||| Обновлены %{count} чатов.',
    },
  },
  enums: {
    chatKind: {
      class_parent: 'Родители класса',
      class_pupil: 'Ученики класса',
      staff: 'Сотрудники',
      other: 'Другое',
    },
    chatStatus: {
      legacy: 'На прежней платформе',
      migrating: 'Переносится',
      migrated: 'Перенесён',
      legacy_closed: 'Прежний чат закрыт',
    },
    legacyPlatform: {
      whatsapp: 'WhatsApp',
      telegram: 'Telegram',
      viber: 'Viber',
      vk: 'ВКонтакте',
      sferum: 'Сферум',
      none: 'Нет',
    },
  },
};
