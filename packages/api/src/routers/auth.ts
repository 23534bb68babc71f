import { credentialsSchema, permissions, totpCodeSchema } from '@cutover/domain';
import { startEnrolment, verifySecondFactor } from '../auth/second-factor';
import { signIn, signOut } from '../auth/sign-in';
import { authedProcedure, pendingSessionProcedure, publicProcedure, router } from '../trpc';

export const authRouter = router({
  signIn: publicProcedure
    .input(credentialsSchema)
    .mutation(({ ctx, input }) => signIn(ctx, input.login, input.password)),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    await signOut(ctx);
    return { ok: true };
  }),

  /** The signed-in user, their scope and what their role may do (for the SPA's menu). */
  me: authedProcedure.query(({ ctx }) => ({
    id: ctx.session.userId,
    login: ctx.session.login,
    displayName: ctx.session.displayName,
    role: ctx.session.role,
    scope: {
      id: ctx.session.scopeNodeId,
      name: ctx.session.scopeName,
      path: ctx.session.scopePath,
    },
    totpEnabled: ctx.session.totpEnabled,
    permissions: permissions[ctx.session.role],
  })),

  secondFactorStatus: pendingSessionProcedure.query(({ ctx }) => ({
    pending: ctx.session.secondFactorPending,
    enrolled: ctx.session.totpEnabled,
  })),

  startTotpEnrolment: pendingSessionProcedure.mutation(({ ctx }) =>
    startEnrolment(ctx, ctx.session),
  ),

  verifyTotp: pendingSessionProcedure.input(totpCodeSchema).mutation(async ({ ctx, input }) => {
    await verifySecondFactor(ctx, ctx.session, ctx.sessionToken, input.code);
    return { ok: true };
  }),
});
