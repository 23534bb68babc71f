import { describe, expect, it } from 'vitest';
import { neutralizeCell } from './neutralize-cell';

describe('neutralizeCell', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'])(
    'prefixes %j',
    (value) => {
      expect(neutralizeCell(value)).toBe(`'${value}`);
      expect(neutralizeCell(value, { textCell: true })).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text alone, and a phone in a text cell readable', () => {
    expect(neutralizeCell('Иванова А. А.')).toBe('Иванова А. А.');
    expect(neutralizeCell('a=b')).toBe('a=b');
    expect(neutralizeCell('+7 (900) 123-45-67', { textCell: true })).toBe('+7 (900) 123-45-67');
    expect(neutralizeCell('+7 (900) 123-45-67')).toBe("'+7 (900) 123-45-67");
  });
});
