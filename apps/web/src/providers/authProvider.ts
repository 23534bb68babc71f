import { type Action, actions, can, type Resource, resources } from '@cutover/domain';
import type { AuthProvider } from 'react-admin';
import type { AuthApi, Me } from './authApi';
import { toHttpError } from './httpError';
import { SecondFactorDue } from './secondFactor';

/** How long a checked session is trusted before navigation asks the server again. */
const RECHECK_MS = 60_000;

const isResource = (name: string): name is Resource =>
  (resources as readonly string[]).includes(name);
const isAction = (name: string): name is Action => (actions as readonly string[]).includes(name);

function field(params: unknown, name: string): string | undefined {
  if (typeof params !== 'object' || params === null || !(name in params)) return undefined;
  const value: unknown = Reflect.get(params, name);
  return typeof value === 'string' ? value : undefined;
}

function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null && Reflect.get(error, 'status');
  return typeof status === 'number' ? status : undefined;
}

export function createAuthProvider(api: AuthApi): AuthProvider {
  let me: Promise<Me> | null = null;
  let checkedAt = 0;

  const forget = () => {
    me = null;
  };
  const current = (maxAgeMs = Number.POSITIVE_INFINITY): Promise<Me> => {
    if (me && Date.now() - checkedAt <= maxAgeMs) return me;
    checkedAt = Date.now();
    const pending = api.me().catch((error: unknown) => {
      if (me === pending) forget();
      throw toHttpError(error);
    });
    me = pending;
    return pending;
  };

  const signIn = async (params: unknown) => {
    const code = field(params, 'code');
    if (code !== undefined) {
      await api.verifyTotp({ code });
      return;
    }
    const login = field(params, 'username') ?? '';
    const { secondFactor } = await api.signIn({ login, password: field(params, 'password') ?? '' });
    if (secondFactor === 'verify') throw new SecondFactorDue({ kind: 'verify' });
    if (secondFactor === 'enrol') {
      const { secret, uri } = await api.startTotpEnrolment();
      throw new SecondFactorDue({ kind: 'enrol', secret, uri });
    }
  };

  return {
    async login(params: unknown) {
      forget();
      try {
        await signIn(params);
      } catch (error) {
        throw error instanceof SecondFactorDue ? error : toHttpError(error);
      }
    },
    async logout() {
      forget();
      try {
        await api.signOut();
      } catch {
        // The session may already be gone on the server; signing out locally is what matters.
      }
    },
    async checkAuth() {
      try {
        await current(RECHECK_MS);
      } catch {
        // No session is the normal state before sign-in: go to the login page without a toast.
        throw { message: false };
      }
    },
    async checkError(error: unknown) {
      if (statusOf(error) !== 401) return;
      forget();
      throw error;
    },
    async getIdentity() {
      const user = await current();
      return {
        id: user.id,
        fullName: user.displayName,
        login: user.login,
        role: user.role,
        scopeId: user.scope.id,
        scopeName: user.scope.name,
      };
    },
    async getPermissions() {
      return (await current()).permissions;
    },
    async canAccess({ resource, action }) {
      const user = await current();
      return isResource(resource) && isAction(action) && can(user.role, resource, action);
    },
  };
}
