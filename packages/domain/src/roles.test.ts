import { describe, expect, it } from 'vitest';
import { actions, can, canGrantRole, permissions, resources, roles } from './roles';

describe('permission table', () => {
  it('gives auditors read access only, and the audit log', () => {
    for (const resource of resources) {
      for (const action of ['create', 'edit', 'delete'] as const) {
        if (resource === 'exports' && action === 'create') continue;
        expect(can('auditor', resource, action), `${resource}.${action}`).toBe(false);
      }
    }
    expect(can('auditor', 'auditLog', 'list')).toBe(true);
  });

  it('never lets a role do more than the federal admin', () => {
    for (const role of roles) {
      for (const resource of resources) {
        for (const action of actions) {
          if (can(role, resource, action))
            expect(can('federal_admin', resource, action)).toBe(true);
        }
      }
    }
  });

  it.each([
    ['federal_admin', 'federal_admin', true],
    ['federal_admin', 'auditor', true],
    ['regional_admin', 'federal_admin', false],
    ['regional_admin', 'regional_admin', true],
    ['regional_admin', 'district_admin', true],
    ['district_admin', 'regional_admin', false],
    ['district_admin', 'school_admin', true],
    ['district_admin', 'auditor', true],
    ['school_admin', 'school_admin', false],
    ['auditor', 'auditor', false],
  ] as const)('%s granting %s is %s', (granter, granted, expected) => {
    expect(canGrantRole(granter, granted)).toBe(expected);
  });

  it('lists an entry for every role', () => {
    expect(Object.keys(permissions).sort()).toEqual([...roles].sort());
  });
});
