/** Official chats: their pages, bulk status changes and enums. */
export const chats = {
  resources: {
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
  cutover: {
    chats: {
      migration: 'Migration',
      parents_of: '%{joined} of %{expected}',
      bulk_status: 'Change status',
      new_status: 'New status',
      bulk_confirm: 'Change the status of %{count} chat? |||| Change the status of %{count} chats?',
      bulk_done: '%{count} chat updated. |||| %{count} chats updated.',
    },
  },
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
