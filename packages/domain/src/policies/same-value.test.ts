import { describe, expect, it } from 'vitest';
import { samePolicyValue } from './same-value';

describe('samePolicyValue', () => {
  it.each([
    { a: true, b: true, expected: true },
    { a: 4, b: 5, expected: false },
    { a: null, b: null, expected: true },
    { a: null, b: {}, expected: false },
    { a: '2025-11-01', b: '2025-11-01', expected: true },
    { a: ['my_school', 'e_diary'], b: ['my_school', 'e_diary'], expected: true },
    { a: ['my_school', 'e_diary'], b: ['e_diary', 'my_school'], expected: false },
    { a: ['my_school'], b: ['my_school', 'e_diary'], expected: false },
    { a: { from: '21:00', to: '08:00' }, b: { to: '08:00', from: '21:00' }, expected: true },
    { a: { from: '21:00', to: '08:00' }, b: { from: '21:00', to: '07:00' }, expected: false },
    { a: { from: '21:00' }, b: { to: '21:00' }, expected: false },
    { a: ['a'], b: { 0: 'a' }, expected: false },
  ])('$a vs $b → $expected', ({ a, b, expected }) => {
    expect(samePolicyValue(a, b)).toBe(expected);
    expect(samePolicyValue(b, a)).toBe(expected);
  });
});
