import { auditActions, auditEntityTypes } from '@cutover/domain';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ru } from '../i18n/ru';
import { actionGroups } from './auditChoices';

function lookup(tree: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? Reflect.get(node, part) : undefined,
      tree,
    );
}

const untranslated = (keys: string[]) =>
  keys.filter((key) => typeof lookup(en, key) !== 'string' || typeof lookup(ru, key) !== 'string');

// The server's writer accepts only these actions (packages/domain/src/audit-vocabulary.ts):
// a new one fails here until the log can word it and filter by it.
describe('the audit log vocabulary', () => {
  it('words every action the server writes, in both languages', () => {
    expect(untranslated(auditActions.map((action) => `cutover.audit.actions.${action}`))).toEqual(
      [],
    );
  });

  it('names every record type the server writes, in both languages', () => {
    expect(
      untranslated(auditEntityTypes.map((type) => `cutover.audit.entity_types.${type}`)),
    ).toEqual([]);
  });

  it('offers a filter group for every action', () => {
    const prefixes = Object.keys(actionGroups).filter((prefix) => prefix.endsWith('.'));
    const ungrouped = auditActions.filter(
      (action) => !prefixes.some((prefix) => action.startsWith(prefix)),
    );
    expect(ungrouped).toEqual([]);
    expect(
      untranslated(Object.values(actionGroups).map((g) => `cutover.audit.groups.${g}`)),
    ).toEqual([]);
  });
});
