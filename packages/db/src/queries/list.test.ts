import { describe, expect, it } from 'vitest';
import { namePrefixRange, nameSearchPattern } from './list';

describe('nameSearchPattern', () => {
  it('matches three characters or more anywhere, fewer at the start, wildcards literally', () => {
    expect(nameSearchPattern('ПЕТ')).toBe('%пет%');
    expect(nameSearchPattern('Пе')).toBe('пе%');
    expect(nameSearchPattern('%')).toBe('\\%%');
    expect(nameSearchPattern('a_%')).toBe('%a\\_\\%%');
  });
});

describe('namePrefixRange', () => {
  it("runs from the term as a name is written to its last character's successor", () => {
    expect(namePrefixRange('петров')).toEqual({ from: 'Петров', to: 'Петрог' });
    expect(namePrefixRange('ПЕТРОВ иван')).toEqual({ from: 'Петров Иван', to: 'Петров Ивао' });
    expect(namePrefixRange('римский-корсаков')).toEqual({
      from: 'Римский-Корсаков',
      to: 'Римский-Корсаког',
    });
    expect(namePrefixRange('50%')).toEqual({ from: '50%', to: '50&' });
    expect(namePrefixRange('a\u{10ffff}')).toBeUndefined();
    expect(namePrefixRange('\ud7ff')).toBeUndefined();
  });
});
