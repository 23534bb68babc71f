import {
  byIdSchema,
  byIdsSchema,
  chatBulkStatusSchema,
  chatUpdateSchema,
  listParamsSchema,
} from '@cutover/domain';
import { updateChat, visibleChat } from '../chats/update';
import { scoped } from '../scoped';
import { router } from '../trpc';

/** Official chats: metadata and migration state only, never message content. */
export const chatsRouter = router({
  list: scoped('chats', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.chats.list(input)),

  byId: scoped('chats', 'show')
    .input(byIdSchema)
    .query(({ ctx, input }) => visibleChat(ctx.data, input.id)),

  byIds: scoped('chats', 'list')
    .input(byIdsSchema)
    .query(({ ctx, input }) => ctx.data.chats.byIds(input.ids)),

  update: scoped('chats', 'edit')
    .input(chatUpdateSchema)
    .mutation(({ ctx, input }) => updateChat(ctx.data, input)),

  /** Sets one status on the chosen chats in one set-based statement, each change audited. */
  bulkStatus: scoped('chats', 'edit')
    .input(chatBulkStatusSchema)
    .mutation(async ({ ctx, input }) => ({
      affected: await ctx.data.chats.bulkStatus(
        input.status,
        { ids: input.ids, filter: input.filter },
        input.dryRun,
      ),
    })),
});
