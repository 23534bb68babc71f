import {
  byIdSchema,
  byIdsSchema,
  listParamsSchema,
  passwordResetSchema,
  userCreateSchema,
  userUpdateSchema,
} from '@cutover/domain';
import { onlyRow } from '../errors';
import { scoped, scopedWithPassword } from '../scoped';
import { router } from '../trpc';
import { createUser } from '../users/create-user';
import { resetPassword } from '../users/reset-password';
import { updateUser } from '../users/update-user';

export const usersRouter = router({
  list: scoped('users', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.users.list(input)),

  byId: scoped('users', 'show')
    .input(byIdSchema)
    .query(({ ctx, input }) => onlyRow(ctx.data.users.byIds([input.id]))),

  byIds: scoped('users', 'list')
    .input(byIdsSchema)
    .query(({ ctx, input }) => ctx.data.users.byIds(input.ids)),

  create: scopedWithPassword('users', 'create')
    .input(userCreateSchema)
    .mutation(({ ctx, input }) => createUser(ctx.data, ctx.scope, ctx.passwordHash, input)),

  update: scoped('users', 'edit')
    .input(userUpdateSchema)
    .mutation(({ ctx, input }) => updateUser(ctx.data, ctx.scope, input)),

  resetPassword: scopedWithPassword('users', 'edit')
    .input(passwordResetSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx.data, ctx.scope, ctx.passwordHash, input)),
});
