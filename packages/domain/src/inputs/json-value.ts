import { hasControlCharacters, isPrototypeKey } from './text';

export interface JsonLimits {
  /** How deep objects and arrays may nest: 1 is a flat object. */
  maxDepth: number;
  /** About as many characters as the value takes written as JSON. */
  maxChars: number;
}

/**
 * What is wrong with a free-form JSON value (a saved filter, an unknown filter key), as an
 * i18n key, or null. It walks without recursion, so no depth can exhaust the stack, and
 * stops at the first problem, so no size costs more than the limit.
 */
export function jsonValueProblem(value: unknown, limits: JsonLimits): string | null {
  const pending: [unknown, number][] = [[value, 0]];
  let chars = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current === 'string') {
      if (hasControlCharacters(current, true)) return 'errors.invalid_text';
      chars += current.length + 2;
    } else if (typeof current === 'number') {
      if (!Number.isFinite(current)) return 'errors.invalid_filter';
      chars += 8;
    } else if (typeof current === 'boolean' || current === null) {
      chars += 5;
    } else if (Array.isArray(current)) {
      if (depth >= limits.maxDepth) return 'errors.too_deep';
      chars += 2 + current.length;
      for (const item of current) pending.push([item, depth + 1]);
    } else if (typeof current === 'object' && Object.getPrototypeOf(current) === Object.prototype) {
      if (depth >= limits.maxDepth) return 'errors.too_deep';
      for (const [key, inner] of Object.entries(current)) {
        if (isPrototypeKey(key) || hasControlCharacters(key)) return 'errors.invalid_filter';
        chars += key.length + 4;
        pending.push([inner, depth + 1]);
      }
    } else {
      return 'errors.invalid_filter';
    }
    if (chars > limits.maxChars) return 'errors.too_large';
  }
  return null;
}
