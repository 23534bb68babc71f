import { expect, type Page } from '@playwright/test';
// Relative on purpose: the e2e package does not depend on the domain package, and roles.ts
// imports nothing, so the browser tests read the very table the server enforces.
import {
  type Role as DomainRole,
  permissions,
  type Resource,
  resources,
} from '../../packages/domain/src/roles';
import type { Role } from './accounts';
import { app } from './app';

/** The domain role each demo account holds. */
export const domainRole: Record<Role, DomainRole> = {
  federal: 'federal_admin',
  region: 'regional_admin',
  district: 'district_admin',
  school: 'school_admin',
  auditor: 'auditor',
};

export interface MenuEntry {
  resource: Resource;
  name: string;
}

/** Entries every build of the app has; once they show, the menu has settled. */
const alwaysThere = ['Regions', 'Staff', 'Users', 'Audit log'];

const isResource = (name: string): name is Resource =>
  (resources as readonly string[]).includes(name);

/**
 * The menu as shown: each item's name and the resource its link opens (`#/` is the
 * dashboard). Meant for the federal admin, whose role may list every resource.
 */
export async function readMenu(page: Page): Promise<MenuEntry[]> {
  const menu = app.mainMenu(page);
  for (const name of alwaysThere) {
    await expect(menu.getByRole('menuitem', { name, exact: true })).toBeVisible();
  }
  const entries: MenuEntry[] = [];
  for (const item of await menu.getByRole('menuitem').all()) {
    const href = (await item.getAttribute('href')) ?? '';
    const path = href.replace(/^#\//, '').split(/[/?]/)[0] ?? '';
    const resource = path === '' ? 'dashboard' : path;
    if (!isResource(resource)) throw new Error(`menu item ${href} opens no known resource`);
    entries.push({ resource, name: ((await item.textContent()) ?? '').trim() });
  }
  return entries;
}

/** Of the app's menu, what the role may list, per the permission table. */
export function menuFor(role: Role, all: readonly MenuEntry[]): string[] {
  const allowed = permissions[domainRole[role]];
  return all.filter(({ resource }) => allowed[resource]?.includes('list')).map(({ name }) => name);
}

/** The federal admin may list everything, so their menu is every resource the app registers. */
export const federalListsEverything = () =>
  resources.every((resource) => permissions.federal_admin[resource]?.includes('list'));
