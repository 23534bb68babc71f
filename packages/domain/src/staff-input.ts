import { z } from 'zod';
import { idempotencyKeySchema } from './inputs/idempotency';
import { idSchema, versionSchema } from './inputs/ids';
import { listFilterSchema } from './inputs/list-filter';
import { textSchema } from './inputs/text';
import type { OrgLevel } from './org-units';
import { type StaffRole, staffRoleValues } from './vocabulary/staff';

/** Staff of an education authority (a ministry or a municipal office), not of a school. */
export const authorityStaffRoles = [
  'ministry_officer',
  'municipal_officer',
] as const satisfies readonly StaffRole[];

/** Authority staff sit at a region or municipality; everyone else at an institution. */
export function staffRoleFitsLevel(role: StaffRole, level: OrgLevel): boolean {
  const authority = (authorityStaffRoles as readonly StaffRole[]).includes(role);
  if (level === 'institution') return !authority;
  return authority && (level === 'region' || level === 'municipality');
}

/**
 * Russian numbers as the platform stores them: +7 and ten digits. Accepts the usual
 * spellings (8 912 345-67-89, +7 (912) 345 67 89, 9123456789); anything else is null.
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s()\-.]/g, '');
  const digits = compact.startsWith('+') ? compact.slice(1) : compact;
  if (!/^\d+$/.test(digits)) return null;
  if (compact.startsWith('+')) return /^7\d{10}$/.test(digits) ? `+${digits}` : null;
  if (/^[78]\d{10}$/.test(digits)) return `+7${digits.slice(1)}`;
  if (/^\d{10}$/.test(digits)) return `+7${digits}`;
  return null;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return emailPattern.test(email) && email.length <= 254 ? email : null;
}

// Phone and email stay plain strings here: the server normalises them and answers a
// field error that names what is wrong, which a generic schema failure would not.
const contact = textSchema({ max: 100 }).nullish();
const fullName = textSchema({ min: 2, max: 300 });
const version = versionSchema;

export const staffCreateSchema = z.object({
  orgUnitId: idSchema,
  fullName,
  role: z.enum(staffRoleValues),
  phone: contact,
  email: contact,
  externalId: textSchema({ min: 1, max: 100 }).nullish(),
  idempotencyKey: idempotencyKeySchema.optional(),
});

export const staffUpdateSchema = z.object({
  id: idSchema,
  version,
  fullName: fullName.optional(),
  role: z.enum(staffRoleValues).optional(),
  phone: contact,
  email: contact,
});

export const staffStatusSchema = z.object({ id: idSchema, version });

export const staffTransferSchema = z.object({
  id: idSchema,
  version,
  targetOrgUnitId: idSchema,
});

export const BULK_MAX_IDS = 5_000;

/** "These rows" or "everything the list shows": exactly one of the two. */
export const bulkSelectionShape = {
  ids: z.array(idSchema).min(1).max(BULK_MAX_IDS).optional(),
  filter: listFilterSchema.optional(),
  dryRun: z.boolean().default(false),
};

export function exactlyOneSelection(
  input: { ids?: unknown; filter?: unknown },
  ctx: z.RefinementCtx,
) {
  if ((input.ids === undefined) === (input.filter === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['ids'], message: 'errors.ids_or_filter' });
  }
}

export const staffBulkActions = ['deactivate', 'reactivate', 'invite', 'transfer'] as const;
export type StaffBulkAction = (typeof staffBulkActions)[number];

export const staffBulkSchema = z
  .object({
    action: z.enum(staffBulkActions),
    targetOrgUnitId: idSchema.optional(),
    ...bulkSelectionShape,
  })
  .superRefine((input, ctx) => {
    exactlyOneSelection(input, ctx);
    if ((input.action === 'transfer') !== (input.targetOrgUnitId !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['targetOrgUnitId'], message: 'errors.target' });
    }
  });
export type StaffBulkInput = z.infer<typeof staffBulkSchema>;
