import { describe, expect, it } from 'vitest';
import { nameSearchPattern } from './list';

describe('nameSearchPattern', () => {
  it('matches three characters or more anywhere, fewer at the start, wildcards literally', () => {
    expect(nameSearchPattern('ПЕТ')).toBe('%пет%');
    expect(nameSearchPattern('Пе')).toBe('пе%');
    expect(nameSearchPattern('%')).toBe('\\%%');
    expect(nameSearchPattern('a_%')).toBe('%a\\_\\%%');
  });
});
