import { chatKinds, chatStatuses, legacyPlatforms, staffRoles } from '@cutover/db';
import {
  chatKindValues,
  chatStatusValues,
  legacyPlatformValues,
  staffRoleValues,
} from '@cutover/domain';
import { expect, it } from 'vitest';

// The database owns these enums and the domain cannot import it: the copies must not drift.
it('domain input enums mirror the database enums', () => {
  expect(staffRoleValues).toEqual(staffRoles);
  expect(chatKindValues).toEqual(chatKinds);
  expect(chatStatusValues).toEqual(chatStatuses);
  expect(legacyPlatformValues).toEqual(legacyPlatforms);
});
