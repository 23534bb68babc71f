import { describe, expect, it } from 'vitest';
import { toAppError, toTrpcError } from './errors';

const pgError = (code: string) => Object.assign(new Error('db said no'), { code });

describe('toAppError', () => {
  it('reads a pool that found no free connection as unavailable, a 503 with nothing internal', () => {
    const error = new Error('timeout exceeded when trying to connect');
    expect(toAppError(error).code).toBe('UNAVAILABLE');
    const trpc = toTrpcError(error);
    expect(trpc.code).toBe('SERVICE_UNAVAILABLE');
    expect(trpc.message).toBe('errors.unavailable');
  });

  it('reads a database going away (shutdown, refused, dropped) as unavailable', () => {
    expect(toAppError(pgError('57P01')).code).toBe('UNAVAILABLE');
    expect(toAppError(pgError('08006')).code).toBe('UNAVAILABLE');
    expect(toAppError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })).code).toBe(
      'UNAVAILABLE',
    );
    const wrapped = new Error('query failed', {
      cause: new Error('Connection terminated unexpectedly'),
    });
    expect(toAppError(wrapped).code).toBe('UNAVAILABLE');
  });

  it('keeps integrity violations as field errors and anything unknown internal', () => {
    expect(toAppError(pgError('23503')).code).toBe('VALIDATION');
    expect(toAppError(pgError('40001')).code).toBe('CONFLICT');
    expect(toAppError(new Error('something else')).code).toBe('INTERNAL');
    expect(toAppError(pgError('42P01')).code).toBe('INTERNAL');
  });
});
