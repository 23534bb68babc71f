import { randomBytes } from 'node:crypto';
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, verifyTOTPWithGracePeriod } from '@oslojs/otp';

const PERIOD = 30;
const DIGITS = 6;

export function newTotpSecret(): string {
  return encodeBase32UpperCaseNoPadding(randomBytes(20));
}

export function totpKeyUri(login: string, secret: string): string {
  return createTOTPKeyURI('Cutover', login, decodeBase32IgnorePadding(secret), PERIOD, DIGITS);
}

/** Accepts the current code and the neighbouring one, for clocks a little out of step. */
export function verifyTotpCode(secret: string, code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return verifyTOTPWithGracePeriod(decodeBase32IgnorePadding(secret), PERIOD, DIGITS, code, PERIOD);
}
