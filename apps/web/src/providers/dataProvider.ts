import type { DataProvider, GetListParams, Identifier, RaRecord } from 'react-admin';
import { HttpError } from 'react-admin';
import { toHttpError } from './httpError';

/** The part of the tRPC client the data provider needs: calls by procedure path. */
export interface ProcedureCaller {
  query(path: string, input?: unknown): Promise<unknown>;
  mutation(path: string, input?: unknown): Promise<unknown>;
}

interface Versioned extends RaRecord {
  version?: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isRecord = (value: unknown): value is Versioned =>
  isObject(value) && (typeof value.id === 'number' || typeof value.id === 'string');

function malformed(): HttpError {
  return new HttpError('errors.internal', 500, { errors: {} });
}

// react-admin types results by the caller's record type; the server owns the real shape.
function asRecord<T extends RaRecord>(value: unknown): T {
  if (!isRecord(value)) throw malformed();
  return value as T;
}

function asRecords<T extends RaRecord>(value: unknown): T[] {
  if (!Array.isArray(value)) throw malformed();
  return value.map((item) => asRecord<T>(item));
}

/** A total the server only counted up to a cap says so in `meta` (see ListPagination). */
function asList<T extends RaRecord>(
  value: unknown,
): { data: T[]; total: number; meta?: { moreThanTotal: true } } {
  if (!isObject(value) || typeof value.total !== 'number') throw malformed();
  const list = { data: asRecords<T>(value.data), total: value.total };
  return value.moreThanTotal === true ? { ...list, meta: { moreThanTotal: true } } : list;
}

/** Only what the user changed travels, so an update never rewrites fields it did not touch. */
function changedFields(data: Record<string, unknown>, previous: Record<string, unknown> = {}) {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(previous[key]),
    ),
  );
}

/** Resources whose create takes a key, so a resent click cannot create a second record. */
const keyedCreates = new Set(['staff', 'orgUnits']);

function withIdempotencyKey(resource: string, data: unknown): unknown {
  if (!keyedCreates.has(resource) || !data || typeof data !== 'object') return data;
  return { ...data, idempotencyKey: crypto.randomUUID() };
}

/**
 * react-admin's DataProvider over the uniform resource contract: every resource is a tRPC
 * router with list, byId, byIds, create, update and delete. Nothing here knows a resource.
 */
export function createDataProvider(client: ProcedureCaller): DataProvider {
  const run = async (call: () => Promise<unknown>) => {
    try {
      return await call();
    } catch (error) {
      throw toHttpError(error);
    }
  };
  const query = (resource: string, name: string, input: unknown) =>
    run(() => client.query(`${resource}.${name}`, input));
  const mutation = (resource: string, name: string, input: unknown) =>
    run(() => client.mutation(`${resource}.${name}`, input));

  const list = (resource: string, params: Partial<GetListParams>) =>
    query(resource, 'list', {
      page: params.pagination?.page ?? 1,
      perPage: params.pagination?.perPage ?? 25,
      ...(params.sort?.field
        ? {
            sort: {
              field: params.sort.field,
              order: params.sort.order === 'DESC' ? 'DESC' : 'ASC',
            },
          }
        : {}),
      filter: params.filter ?? {},
    });

  const byIds = async (resource: string, ids: readonly Identifier[]) =>
    asRecords<Versioned>(await query(resource, 'byIds', { ids }));

  const update = (resource: string, id: Identifier, data: object, previous?: Versioned) =>
    mutation(resource, 'update', {
      ...changedFields({ ...data }, previous),
      id,
      version: previous?.version,
    });

  const remove = async (resource: string, id: Identifier, previous?: Versioned) => {
    const result = await mutation(resource, 'delete', { id, version: previous?.version });
    return isRecord(result) ? result : (previous ?? { id });
  };

  return {
    getList: async (resource, params) => asList(await list(resource, params)),
    getOne: async (resource, params) => ({
      data: asRecord(await query(resource, 'byId', { id: params.id })),
    }),
    getMany: async (resource, params) => ({
      data: asRecords(await query(resource, 'byIds', { ids: params.ids })),
    }),
    getManyReference: async (resource, params) =>
      asList(
        await list(resource, {
          ...params,
          filter: { ...params.filter, [params.target]: params.id },
        }),
      ),
    create: async (resource, params) => ({
      data: asRecord(await mutation(resource, 'create', withIdempotencyKey(resource, params.data))),
    }),
    update: async (resource, params) => ({
      data: asRecord(await update(resource, params.id, params.data, params.previousData)),
    }),
    updateMany: async (resource, params) => {
      const current = await byIds(resource, params.ids);
      await Promise.all(current.map((record) => update(resource, record.id, params.data, record)));
      return { data: current.map((record) => record.id) };
    },
    delete: async (resource, params) => ({
      data: asRecord(await remove(resource, params.id, params.previousData)),
    }),
    deleteMany: async (resource, params) => {
      const current = await byIds(resource, params.ids);
      await Promise.all(current.map((record) => remove(resource, record.id, record)));
      return { data: current.map((record) => record.id) };
    },
    /** The exact total of a list the server only counted up to a cap ("count exactly"). */
    countExactly: async (resource: string, filter: Record<string, unknown>) => {
      const result = await query(resource, 'count', { filter });
      if (!isObject(result) || typeof result.total !== 'number') throw malformed();
      return result.total;
    },
  };
}
