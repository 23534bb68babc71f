/** The database enums `chat_kind`, `chat_status` and `legacy_platform` are created from these lists. */
export const chatKindValues = ['class_parent', 'class_pupil', 'staff', 'other'] as const;
export type ChatKind = (typeof chatKindValues)[number];

export const chatStatusValues = ['legacy', 'migrating', 'migrated', 'legacy_closed'] as const;
export type ChatStatus = (typeof chatStatusValues)[number];

export const legacyPlatformValues = [
  'whatsapp',
  'telegram',
  'viber',
  'vk',
  'sferum',
  'none',
] as const;
export type LegacyPlatform = (typeof legacyPlatformValues)[number];
