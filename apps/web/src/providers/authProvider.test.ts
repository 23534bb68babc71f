import { TRPCClientError } from '@trpc/client';
import { describe, expect, it, vi } from 'vitest';
import type { AuthApi, Me } from './authApi';
import { createAuthProvider } from './authProvider';
import { SecondFactorDue } from './secondFactor';

const districtAdmin: Me = {
  id: 3,
  login: 'district@demo.cutover',
  displayName: 'District admin',
  role: 'district_admin',
  scope: { id: 406, name: 'г. Казань', path: [1, 20, 406] },
  totpEnabled: false,
  permissions: {},
};

function fakeApi(overrides: Partial<AuthApi> = {}): AuthApi {
  return {
    signIn: vi.fn(async () => ({ secondFactor: 'none' as const })),
    verifyTotp: vi.fn(async () => ({ ok: true })),
    startTotpEnrolment: vi.fn(async () => ({ secret: 'ABC', uri: 'otpauth://totp/x' })),
    signOut: vi.fn(async () => ({ ok: true })),
    me: vi.fn(async () => districtAdmin),
    ...overrides,
  };
}

describe('authProvider', () => {
  it('answers canAccess from the role, as the server does', async () => {
    const auth = createAuthProvider(fakeApi());
    const canAccess = (resource: string, action: string) => auth.canAccess?.({ resource, action });
    expect(await canAccess('institutions', 'create')).toBe(true);
    expect(await canAccess('regions', 'edit')).toBe(false);
    expect(await canAccess('waves', 'list')).toBe(true);
    expect(await canAccess('somethingNew', 'list')).toBe(false);
  });

  it('asks for a TOTP code when the password step says verify', async () => {
    const api = fakeApi({ signIn: vi.fn(async () => ({ secondFactor: 'verify' as const })) });
    const failure = createAuthProvider(api).login({ username: 'a', password: 'b' });
    await expect(failure).rejects.toBeInstanceOf(SecondFactorDue);
    await expect(failure).rejects.toMatchObject({ step: { kind: 'verify' } });
  });

  it('hands over the new secret when enrolment is due, then verifies the code', async () => {
    const api = fakeApi({ signIn: vi.fn(async () => ({ secondFactor: 'enrol' as const })) });
    const auth = createAuthProvider(api);
    await expect(auth.login({ username: 'a', password: 'b' })).rejects.toMatchObject({
      step: { kind: 'enrol', secret: 'ABC', uri: 'otpauth://totp/x' },
    });
    await auth.login({ code: '123456' });
    expect(api.verifyTotp).toHaveBeenCalledWith({ code: '123456' });
  });

  it('reports a failed sign-in with the server key', async () => {
    const error = new TRPCClientError('errors.sign_in_failed', {
      result: {
        error: { message: 'errors.sign_in_failed', code: -32001, data: { httpStatus: 401 } },
      },
    });
    const api = fakeApi({ signIn: vi.fn(async () => Promise.reject(error)) });
    await expect(
      createAuthProvider(api).login({ username: 'a', password: 'b' }),
    ).rejects.toMatchObject({ message: 'errors.sign_in_failed', status: 401 });
  });

  it('logs out on 401 only', async () => {
    const auth = createAuthProvider(fakeApi());
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    await expect(auth.checkError({ status: 401 })).rejects.toMatchObject({ status: 401 });
  });

  it('shows the user with their scope', async () => {
    const identity = await createAuthProvider(fakeApi()).getIdentity?.();
    expect(identity).toMatchObject({ fullName: 'District admin', scopeName: 'г. Казань' });
  });
});
