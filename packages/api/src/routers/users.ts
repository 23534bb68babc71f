import {
  byIdSchema,
  byIdsSchema,
  listParamsSchema,
  passwordResetSchema,
  userCreateSchema,
  userUpdateSchema,
} from '@cutover/domain';
import { assertCanGrant, assertCanManage } from '../accounts/grant';
import { updateUser } from '../accounts/update-user';
import { conflict, invalid, notFound } from '../errors';
import { scoped, scopedWithPassword } from '../scoped';
import { router } from '../trpc';

export const usersRouter = router({
  list: scoped('users', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.users.list(input)),

  byId: scoped('users', 'show')
    .input(byIdSchema)
    .query(async ({ ctx, input }) => {
      const [user] = await ctx.data.users.byIds([input.id]);
      if (!user) throw notFound();
      return user;
    }),

  byIds: scoped('users', 'list')
    .input(byIdsSchema)
    .query(({ ctx, input }) => ctx.data.users.byIds(input.ids)),

  create: scopedWithPassword('users', 'create')
    .input(userCreateSchema)
    .mutation(async ({ ctx, input }) => {
      const [node] = await ctx.data.orgUnits.byIds(undefined, [input.scopeOrgUnitId]);
      assertCanGrant(ctx.scope, input.role, node);
      if (!ctx.passwordHash) throw invalid({ password: 'errors.password_too_short' });
      const { password: _password, ...values } = input;
      const created = await ctx.data.users.create({ ...values, passwordHash: ctx.passwordHash });
      if (!created) throw notFound();
      await ctx.data.audit({
        action: 'user.create',
        entityType: 'user',
        entityId: created.id,
        orgPath: node?.path,
        after: values,
      });
      const [user] = await ctx.data.users.byIds([created.id]);
      return user;
    }),

  update: scoped('users', 'edit')
    .input(userUpdateSchema)
    .mutation(({ ctx, input }) => updateUser(ctx.data, ctx.scope, input)),

  resetPassword: scopedWithPassword('users', 'edit')
    .input(passwordResetSchema)
    .mutation(async ({ ctx, input }) => {
      const [target] = await ctx.data.users.byIds([input.id]);
      if (!target) throw notFound();
      assertCanManage(ctx.scope, target);
      if (!ctx.passwordHash) throw invalid({ password: 'errors.password_too_short' });
      const updated = await ctx.data.users.update(input.id, input.version, {
        passwordHash: ctx.passwordHash,
      });
      if (!updated) throw conflict();
      await ctx.data.revokeSessionsOf(input.id);
      await ctx.data.audit({
        action: 'user.reset_password',
        entityType: 'user',
        entityId: input.id,
        orgPath: target.scopePath,
      });
      return { id: input.id, version: updated.version };
    }),
});
