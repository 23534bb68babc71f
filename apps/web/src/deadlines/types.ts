import type { RouterOutputs } from '@cutover/api';

/** Client types come from the router, never copied by hand. */
export type DeadlineRow = RouterOutputs['deadlines']['list']['data'][number];
