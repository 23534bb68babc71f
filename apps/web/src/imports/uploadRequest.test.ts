import { describe, expect, it } from 'vitest';
import { uploadFailure } from './uploadRequest';

describe('uploadFailure', () => {
  it('keeps the server key and the request id of a refused upload', () => {
    const failure = uploadFailure(413, {
      error: { message: 'imports.errors.too_large', requestId: 'req-7' },
    });
    expect(failure).toMatchObject({
      key: 'imports.errors.too_large',
      status: 413,
      requestId: 'req-7',
    });
  });

  it('keeps the shared error keys', () => {
    expect(uploadFailure(403, { error: { message: 'errors.forbidden' } }).key).toBe(
      'errors.forbidden',
    );
  });

  it('never shows a message that is not one of our keys', () => {
    const leaked = { error: { message: 'relation "staff" does not exist' } };
    expect(uploadFailure(500, leaked).key).toBe('errors.internal');
    expect(uploadFailure(502, '<html>Bad gateway</html>').key).toBe('errors.internal');
    expect(uploadFailure(400, null).key).toBe('errors.internal');
  });

  it('names a lost connection as a network failure', () => {
    expect(uploadFailure(0, null).key).toBe('errors.network');
  });
});
