import type { RouterOutputs } from '@cutover/api';

/** Client types come from the router, never copied by hand. */
export type ChatRow = RouterOutputs['chats']['list']['data'][number];
