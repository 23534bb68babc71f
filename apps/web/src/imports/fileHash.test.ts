/// <reference types="node" />
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { uploadHash } from './fileHash';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

// The server files an upload under this hash (packages/api/src/imports/upload.ts); the page
// finds its job by it while the upload is pending, so the two must agree byte for byte.
describe('uploadHash', () => {
  const staff = new TextEncoder().encode('\uFEFFexternal_id;full_name\r\n1;Иванова Анна\r\n');
  const orgs = new TextEncoder().encode('sourcedId,name\r\no1,Школа\r\n');
  const users = new TextEncoder().encode('sourcedId,givenName\r\nu1,Анна\r\n');

  it('is the SHA-256 of a staff file, bytes as sent', async () => {
    const file = new File([staff], 'staff.csv');
    expect(await uploadHash({ format: 'staff_csv', file })).toBe(sha256(staff));
  });

  it('is the SHA-256 of both digests for the OneRoster pair, orgs first', async () => {
    const hash = await uploadHash({
      format: 'oneroster',
      orgs: new File([orgs], 'orgs.csv'),
      users: new File([users], 'users.csv'),
    });
    expect(hash).toBe(sha256(`${sha256(orgs)}:${sha256(users)}`));
    expect(hash).not.toBe(sha256(`${sha256(users)}:${sha256(orgs)}`));
  });
});
