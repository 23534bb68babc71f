import { hierarchyUi } from './hierarchy-ui';

/** The hierarchy browser, org unit and staff actions, and official chats. */
export const hierarchy = {
  resources: {
    // No name: the menu then shows the tree browser's own label (cutover.hierarchy.menu).
    orgUnits: {
      notifications: { created: 'Unit created.', updated: 'Unit saved.' },
    },
    staff: {
      notifications: { created: 'Staff member added.', updated: 'Staff member saved.' },
    },
    chats: {
      name: 'Official chat |||| Official chats',
      forcedCaseName: 'official chat |||| official chats',
      notifications: { updated: 'Chat saved.' },
      fields: {
        id: 'ID',
        title: 'Title',
        classLabel: 'Class',
        kind: 'Kind',
        status: 'Status',
        legacyPlatform: 'Legacy platform',
        parentsExpected: 'Parents expected',
        parentsJoined: 'Parents joined',
        migratedAt: 'Migrated',
        legacyClosedAt: 'Legacy chat closed',
        orgUnitId: 'Institution',
        orgUnitName: 'Institution',
        withinId: 'Within (subtree)',
        updatedAt: 'Last updated',
        q: 'Search by title or class',
      },
    },
  },
  cutover: hierarchyUi,
  enums: {
    chatKind: {
      class_parent: 'Class parents',
      class_pupil: 'Class pupils',
      staff: 'Staff',
      other: 'Other',
    },
    chatStatus: {
      legacy: 'Legacy',
      migrating: 'Migrating',
      migrated: 'Migrated',
      legacy_closed: 'Legacy closed',
    },
    legacyPlatform: {
      whatsapp: 'WhatsApp',
      telegram: 'Telegram',
      viber: 'Viber',
      vk: 'VK',
      sferum: 'Sferum',
      none: 'None',
    },
  },
};
