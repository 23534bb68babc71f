import { dayIntervalSchema, idFromText, isId, type ListParams } from '@cutover/domain';
import { asc, desc, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

export type SortableColumns = Record<string, AnyPgColumn | SQL>;

export interface OrderPart {
  column: AnyPgColumn | SQL;
  descending: boolean;
}

/** The sort key and its tie-breaker (the id), in order. */
export function orderParts(
  params: ListParams,
  columns: SortableColumns,
  fallback: string,
): OrderPart[] {
  const field = Object.hasOwn(columns, params.sort.field) ? params.sort.field : fallback;
  const column = Object.hasOwn(columns, field) ? columns[field] : undefined;
  if (!column) throw new Error(`no sortable column ${fallback}`);
  const descending = params.sort.order === 'DESC';
  const tieBreaker = columns.id;
  return tieBreaker && tieBreaker !== column
    ? [
        { column, descending },
        { column: tieBreaker, descending: false },
      ]
    : [{ column, descending }];
}

/** Only listed fields sort (own keys, never inherited ones); anything else sorts by default. */
export function orderBy(params: ListParams, columns: SortableColumns, fallback: string): SQL[] {
  return orderParts(params, columns, fallback).map(({ column, descending }) =>
    descending ? desc(column) : asc(column),
  );
}

export function pageOf(params: ListParams): { limit: number; offset: number } {
  return { limit: params.perPage, offset: (params.page - 1) * params.perPage };
}

export function textFilter(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function idFilter(value: unknown): number | undefined {
  if (typeof value === 'string') return idFromText(value.trim());
  return isId(value) ? value : undefined;
}

/** A span in whole days, within the bound that keeps date arithmetic in range. */
export function daysFilter(value: unknown): number | undefined {
  const days = dayIntervalSchema.safeParse(value);
  return days.success ? days.data : undefined;
}

export function enumFilter<T extends string>(
  value: unknown,
  allowed: readonly T[],
): T[] | undefined {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const kept = values.filter((v): v is T => allowed.includes(v as T));
  return kept.length > 0 ? kept : undefined;
}

/** Case-insensitive "contains" with LIKE wildcards in the user's text escaped. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Below this many characters a trigram index cannot serve "contains" (no whole trigram). */
export const shortestContainsSearch = 3;

/**
 * A name search's LIKE pattern against `lower(column)`, which a trigram index serves: a term
 * of three characters or more is found anywhere in the name; a shorter one only at its
 * start (the surname), which the same index serves through the word-start trigrams, where
 * "contains one letter" would match most rows and read them all.
 */
export function nameSearchPattern(text: string): string {
  const contains = containsPattern(text);
  return [...text].length < shortestContainsSearch ? contains.slice(1) : contains;
}

/**
 * The names that start with the term as a name is written (each word capitalized): a btree
 * range from the term to the term with its last character's successor. Its rows are a
 * subset of the term's matches in any collation (the search's own condition still holds
 * them), so a count over it is a lower bound; undefined when no successor exists.
 */
export function namePrefixRange(text: string): { from: string; to: string } | undefined {
  const from = text.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, gap, letter: string) => {
    return `${gap}${letter.toUpperCase()}`;
  });
  const chars = [...from];
  const last = chars.pop()?.codePointAt(0);
  if (last === undefined) return undefined;
  const next = last + 1;
  if (next > 0x10ffff || (next >= 0xd800 && next <= 0xdfff)) return undefined;
  return { from, to: chars.join('') + String.fromCodePoint(next) };
}

export const countAll = sql<number>`count(*)::int`;

/**
 * Awaits Drizzle's lazy query builders one after another: a transaction holds a single
 * connection, which runs one query at a time anyway.
 */
export async function inOrder<T extends readonly unknown[]>(
  queries: readonly [...T],
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}
