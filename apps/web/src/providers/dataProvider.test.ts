import { TRPCClientError } from '@trpc/client';
import { HttpError } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { createDataProvider, type ProcedureCaller } from './dataProvider';

function fakeClient(answer: unknown = { data: [], total: 0 }) {
  const client = {
    query: vi.fn<ProcedureCaller['query']>(async () => answer),
    mutation: vi.fn<ProcedureCaller['mutation']>(async () => answer),
  };
  return client;
}

function serverError(message: string, data: Record<string, unknown>) {
  return new TRPCClientError(message, {
    result: { error: { message, code: -32600, data } },
  });
}

describe('dataProvider', () => {
  it('maps getList to the list procedure and returns data and total', async () => {
    const client = fakeClient({ data: [{ id: 1, name: 'Тверская область' }], total: 83 });
    const result = await createDataProvider(client).getList('regions', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'name', order: 'DESC' },
      filter: { q: 'твер' },
    });
    expect(client.query).toHaveBeenCalledWith('regions.list', {
      page: 2,
      perPage: 10,
      sort: { field: 'name', order: 'DESC' },
      filter: { q: 'твер' },
    });
    expect(result).toEqual({ data: [{ id: 1, name: 'Тверская область' }], total: 83 });
  });

  it('sends a fresh idempotency key with each staff create, so a resent one is not doubled', async () => {
    const client = fakeClient({ id: 5 });
    const provider = createDataProvider(client);
    await provider.create('staff', { data: { fullName: 'Анна' } });
    await provider.create('staff', { data: { fullName: 'Анна' } });
    const keys = client.mutation.mock.calls.map(
      ([, input]) => (input as { idempotencyKey?: string }).idempotencyKey,
    );
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('sends a fresh idempotency key with each org unit create, and none with an update', async () => {
    const client = fakeClient({ id: 9, version: 1 });
    const provider = createDataProvider(client);
    await provider.create('orgUnits', { data: { name: 'Школа' } });
    await provider.update('orgUnits', {
      id: 9,
      data: { name: 'Школа 2' },
      previousData: { id: 9 },
    });
    const [create, update] = client.mutation.mock.calls.map(
      ([, input]) => (input as { idempotencyKey?: string }).idempotencyKey,
    );
    expect(create).toMatch(/^[0-9a-f-]{36}$/);
    expect(update).toBeUndefined();
  });

  it('routes any resource name generically, including ones it has never seen', async () => {
    const client = fakeClient({ id: 7, version: 3 });
    client.query.mockImplementation(async (path) =>
      path.endsWith('.byIds') ? [{ id: 1 }, { id: 2 }] : { id: 7, version: 3 },
    );
    const provider = createDataProvider(client);
    await provider.getOne('auditLog', { id: 7 });
    await provider.getMany('waves', { ids: [1, 2] });
    await provider.create('deadlines', { data: { date: '2025-11-01' } });
    expect(client.query).toHaveBeenCalledWith('auditLog.byId', { id: 7 });
    expect(client.query).toHaveBeenCalledWith('waves.byIds', { ids: [1, 2] });
    expect(client.mutation).toHaveBeenCalledWith('deadlines.create', { date: '2025-11-01' });
  });

  it('adds the target to the filter for references', async () => {
    const client = fakeClient();
    await createDataProvider(client).getManyReference('staff', {
      target: 'orgUnitId',
      id: 42,
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'fullName', order: 'ASC' },
      filter: { role: 'teacher' },
    });
    expect(client.query).toHaveBeenCalledWith('staff.list', {
      page: 1,
      perPage: 25,
      sort: { field: 'fullName', order: 'ASC' },
      filter: { role: 'teacher', orgUnitId: 42 },
    });
  });

  it('sends only changed fields with the version it read', async () => {
    const client = fakeClient({ id: 5, name: 'New', version: 4 });
    const previousData = { id: 5, name: 'Old', code: 'X', version: 3 };
    await createDataProvider(client).update('institutions', {
      id: 5,
      data: { ...previousData, name: 'New' },
      previousData,
    });
    expect(client.mutation).toHaveBeenCalledWith('institutions.update', {
      id: 5,
      name: 'New',
      version: 3,
    });
  });

  it('turns a server error into an HttpError with field errors in body.errors', async () => {
    const client = fakeClient();
    client.mutation.mockRejectedValue(
      serverError('errors.duplicate', {
        httpStatus: 400,
        appCode: 'VALIDATION',
        fields: { code: 'errors.duplicate' },
        params: {},
        requestId: 'req-1',
      }),
    );
    const failure = createDataProvider(client).create('regions', { data: { code: 'RU-TA' } });
    await expect(failure).rejects.toBeInstanceOf(HttpError);
    await expect(failure).rejects.toMatchObject({
      message: 'errors.duplicate',
      status: 400,
      body: { errors: { code: 'errors.duplicate' }, requestId: 'req-1', appCode: 'VALIDATION' },
    });
  });

  it('reports a stale version as a conflict the user can act on', async () => {
    const client = fakeClient();
    client.mutation.mockRejectedValue(
      serverError('errors.stale_version', { httpStatus: 409, fields: {}, params: {} }),
    );
    const previousData = { id: 1, version: 2 };
    const failure = createDataProvider(client).update('regions', {
      id: 1,
      data: { name: 'x' },
      previousData,
    });
    await expect(failure).rejects.toMatchObject({ message: 'errors.stale_version', status: 409 });
  });

  it('maps an unreachable server to errors.network', async () => {
    const client = fakeClient();
    client.query.mockRejectedValue(
      new TRPCClientError('Failed to fetch', { cause: new TypeError('Failed to fetch') }),
    );
    const failure = createDataProvider(client).getOne('regions', { id: 1 });
    await expect(failure).rejects.toMatchObject({ message: 'errors.network', status: 0 });
  });

  it('refuses a malformed answer instead of passing it to the UI', async () => {
    const client = fakeClient({ rows: [] });
    const failure = createDataProvider(client).getList('regions', {});
    await expect(failure).rejects.toMatchObject({ message: 'errors.internal' });
  });
});
