import { normaliseEmail, normalisePhone } from '@cutover/domain';
import { invalid } from '../errors';

interface ContactInput {
  phone?: string | null | undefined;
  email?: string | null | undefined;
}

/**
 * Phone as +7XXXXXXXXXX and email in lower case; an empty value clears the field and an
 * absent one leaves it alone. Every unreadable value is named in one field error.
 */
export function normaliseContacts(input: ContactInput) {
  const phone = normalised(input.phone, normalisePhone);
  const email = normalised(input.email, normaliseEmail);
  const fields: Record<string, string> = {};
  if (phone === false) fields.phone = 'errors.invalid_phone';
  if (email === false) fields.email = 'errors.invalid_email';
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return {
    ...(phone === undefined || phone === false ? {} : { phone }),
    ...(email === undefined || email === false ? {} : { email }),
  };
}

function normalised(
  value: string | null | undefined,
  normalise: (raw: string) => string | null,
): string | null | undefined | false {
  if (value === undefined) return undefined;
  if (value === null || value.trim() === '') return null;
  return normalise(value) ?? false;
}
