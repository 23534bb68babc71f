import {
  byIdSchema,
  byIdsSchema,
  chatBulkStatusSchema,
  chatUpdateSchema,
  listCountSchema,
  listParamsSchema,
} from '@cutover/domain';
import { bulkChatStatus, updateChat, visibleChat } from '../chats/update';
import { scoped } from '../scoped';
import { router } from '../trpc';

/** Official chats: metadata and migration state only, never message content. */
export const chatsRouter = router({
  list: scoped('chats', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.chats.list(input)),

  /** The exact total of a list whose total was "more than" a cap (a separate request). */
  count: scoped('chats', 'list')
    .input(listCountSchema)
    .query(async ({ ctx, input }) => ({ total: await ctx.data.chats.count(input.filter) })),

  byId: scoped('chats', 'show')
    .input(byIdSchema)
    .query(({ ctx, input }) => visibleChat(ctx.data, input.id)),

  byIds: scoped('chats', 'list')
    .input(byIdsSchema)
    .query(({ ctx, input }) => ctx.data.chats.byIds(input.ids)),

  update: scoped('chats', 'edit')
    .input(chatUpdateSchema)
    .mutation(({ ctx, input }) => updateChat(ctx.data, input)),

  bulkStatus: scoped('chats', 'edit')
    .input(chatBulkStatusSchema)
    .mutation(({ ctx, input }) => bulkChatStatus(ctx.data, input)),
});
