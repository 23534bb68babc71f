import { chatKindValues, chatStatusValues, legacyPlatformValues } from '@cutover/domain';

/** The chat enums the UI names, with their domain lists (messages: enums.<name>.<value>). */
export const chatEnums = {
  chatKind: chatKindValues,
  chatStatus: chatStatusValues,
  legacyPlatform: legacyPlatformValues,
} as const;

export type ChatEnumName = keyof typeof chatEnums;

/** Choices for select inputs; react-admin translates the `name` keys. */
export function chatChoices(name: ChatEnumName) {
  return chatEnums[name].map((value) => ({ id: value, name: `enums.${name}.${value}` }));
}
