import type { RouterOutputs } from '@cutover/api';

/** Client types come from the router, never copied by hand. */
export type WaveRow = RouterOutputs['waves']['list']['data'][number];
