import type { RouterOutputs } from '@cutover/api';
import { trpc } from './trpcClient';

type AuthOutputs = RouterOutputs['auth'];
export type Me = AuthOutputs['me'];

/** The auth procedures the SPA uses, as an interface so tests can stand in for the server. */
export interface AuthApi {
  signIn(input: { login: string; password: string }): Promise<AuthOutputs['signIn']>;
  verifyTotp(input: { code: string }): Promise<unknown>;
  startTotpEnrolment(): Promise<AuthOutputs['startTotpEnrolment']>;
  signOut(): Promise<unknown>;
  me(): Promise<Me>;
}

export const trpcAuthApi: AuthApi = {
  signIn: (input) => trpc.auth.signIn.mutate(input),
  verifyTotp: (input) => trpc.auth.verifyTotp.mutate(input),
  startTotpEnrolment: () => trpc.auth.startTotpEnrolment.mutate(),
  signOut: () => trpc.auth.signOut.mutate(),
  me: () => trpc.auth.me.query(),
};
