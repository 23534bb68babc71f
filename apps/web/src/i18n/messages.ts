import type { TranslationMessages } from 'react-admin';

/** The shape of a message tree with any wording: ru must have exactly en's keys. */
export type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };

export interface MessageObject {
  [key: string]: string | MessageObject;
}

const isTree = (value: unknown): value is MessageObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge: later trees add keys to, or reword keys of, earlier ones. */
export function mergeMessages(...trees: object[]): TranslationMessages {
  const merged: MessageObject = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = merged[key];
      merged[key] =
        isTree(existing) && isTree(value) ? { ...mergeMessages(existing, value) } : value;
    }
  }
  return merged as TranslationMessages;
}

/**
 * ra-language-russian ships as CommonJS with `exports.default`; bundlers unwrap it, plain
 * Node (vitest) does not. Either way we want the messages object.
 */
export function unwrapDefault(messages: TranslationMessages): TranslationMessages {
  const inner: unknown = Reflect.get(messages, 'default');
  return isTree(inner) ? (inner as TranslationMessages) : messages;
}
