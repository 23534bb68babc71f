const CHECK_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** The check digit of a 10-digit legal-entity INN over its first nine digits. */
export function innCheckDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine.charAt(i)) * (CHECK_WEIGHTS[i] ?? 0);
  return (sum % 11) % 10;
}

/**
 * A valid-looking INN: region and tax-office digits, a serial, the check digit. The serial
 * steps by a number coprime with 10^5, so distinct ordinals in one region never collide.
 */
export function institutionInn(innPrefix: string, office: number, ordinal: number): string {
  const serial = String((ordinal * 37 + 1201) % 100_000).padStart(5, '0');
  const firstNine = `${innPrefix}${String(office).padStart(2, '0')}${serial}`;
  return `${firstNine}${innCheckDigit(firstNine)}`;
}
