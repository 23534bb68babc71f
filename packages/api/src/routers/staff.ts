import {
  byIdSchema,
  byIdsSchema,
  listCountSchema,
  listParamsSchema,
  staffBulkSchema,
  staffCreateSchema,
  staffStatusSchema,
  staffTransferSchema,
  staffUpdateSchema,
} from '@cutover/domain';
import { onlyRow } from '../errors';
import { scoped } from '../scoped';
import { bulkStaff } from '../staff/bulk';
import { createStaff } from '../staff/create';
import { setStaffActive } from '../staff/status';
import { transferStaff } from '../staff/transfer';
import { updateStaff } from '../staff/update';
import { router } from '../trpc';

export const staffRouter = router({
  list: scoped('staff', 'list')
    .input(listParamsSchema)
    .query(({ ctx, input }) => ctx.data.staff.list(input)),

  /** The exact total of a list whose total was "more than" a cap (a separate request). */
  count: scoped('staff', 'list')
    .input(listCountSchema)
    .query(async ({ ctx, input }) => ({ total: await ctx.data.staff.count(input.filter) })),

  byId: scoped('staff', 'show')
    .input(byIdSchema)
    .query(({ ctx, input }) => onlyRow(ctx.data.staff.byIds([input.id]))),

  byIds: scoped('staff', 'list')
    .input(byIdsSchema)
    .query(({ ctx, input }) => ctx.data.staff.byIds(input.ids)),

  create: scoped('staff', 'create')
    .input(staffCreateSchema)
    .mutation(({ ctx, input }) => createStaff(ctx.data, input)),

  update: scoped('staff', 'edit')
    .input(staffUpdateSchema)
    .mutation(({ ctx, input }) => updateStaff(ctx.data, input)),

  deactivate: scoped('staff', 'edit')
    .input(staffStatusSchema)
    .mutation(({ ctx, input }) => setStaffActive(ctx.data, input, false)),

  reactivate: scoped('staff', 'edit')
    .input(staffStatusSchema)
    .mutation(({ ctx, input }) => setStaffActive(ctx.data, input, true)),

  transfer: scoped('staff', 'edit')
    .input(staffTransferSchema)
    .mutation(({ ctx, input }) => transferStaff(ctx.data, input)),

  /** Deactivate, reactivate, invite or transfer many people in one set-based statement. */
  bulk: scoped('staff', 'edit')
    .input(staffBulkSchema)
    .mutation(({ ctx, input }) => bulkStaff(ctx.data, input)),
});
