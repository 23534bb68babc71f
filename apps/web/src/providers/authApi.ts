import type { RouterOutputs } from '@cutover/api';
import { forgetPrefetched, takePrefetched } from './prefetch';
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

/** `auth.me` as the page load asks for it (firstScreen.ts), so checkAuth need not wait for React. */
export const fetchMe = () => trpc.auth.me.query();

export const trpcAuthApi: AuthApi = {
  signIn: (input) => {
    forgetPrefetched();
    return trpc.auth.signIn.mutate(input);
  },
  verifyTotp: (input) => trpc.auth.verifyTotp.mutate(input),
  startTotpEnrolment: () => trpc.auth.startTotpEnrolment.mutate(),
  signOut: () => {
    forgetPrefetched();
    return trpc.auth.signOut.mutate();
  },
  me: () => takePrefetched<Me>('auth.me', undefined) ?? fetchMe(),
};
