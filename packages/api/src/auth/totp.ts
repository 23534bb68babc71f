import { randomBytes } from 'node:crypto';
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, verifyHOTP } from '@oslojs/otp';

const PERIOD = 30;
const DIGITS = 6;

export function newTotpSecret(): string {
  return encodeBase32UpperCaseNoPadding(randomBytes(20));
}

export function totpKeyUri(login: string, secret: string): string {
  return createTOTPKeyURI('Cutover', login, decodeBase32IgnorePadding(secret), PERIOD, DIGITS);
}

/**
 * The time step a code belongs to, or null when it matches none. Accepts the current step
 * and its neighbours, for clocks a little out of step; the caller spends the step so the
 * code works once. On the rare code valid in two steps the later one is spent.
 */
export function totpStepOf(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = decodeBase32IgnorePadding(secret);
  const current = Math.floor(now / (PERIOD * 1000));
  for (const step of [current + 1, current, current - 1]) {
    if (verifyHOTP(key, BigInt(step), DIGITS, code)) return step;
  }
  return null;
}
