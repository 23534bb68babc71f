import type { hierarchy as en } from '../en/hierarchy';
import type { MessageTree } from '../messages';
import { hierarchyUi } from './hierarchy-ui';

export const hierarchy: MessageTree<typeof en> = {
  resources: {
    // No name: the menu then shows the tree browser's own label (cutover.hierarchy.menu).
    orgUnits: {
      notifications: { created: 'Единица создана.', updated: 'Единица сохранена.' },
    },
    staff: {
      notifications: { created: 'Сотрудник добавлен.', updated: 'Сотрудник сохранён.' },
    },
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
        parentsJoined: 'Присоединилось родителей',
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
  cutover: hierarchyUi,
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
