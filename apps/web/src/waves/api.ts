import type { RouterInputs, RouterOutputs } from '@cutover/api';
import { trpc } from '../providers/trpcClient';

export type WavePreviewInput = RouterInputs['waves']['preview'];
export type WavePreview = RouterOutputs['waves']['preview'];

/** Fetchers for useApiQuery, and the federal admin's changes (direct calls from dialogs). */
export const waveApi = {
  preview: (input: WavePreviewInput) => (signal: AbortSignal) =>
    trpc.waves.preview.query(input, { signal }),
  create: (input: RouterInputs['waves']['create']) => trpc.waves.create.mutate(input),
  reschedule: (input: RouterInputs['waves']['reschedule']) => trpc.waves.reschedule.mutate(input),
  close: (input: RouterInputs['waves']['close']) => trpc.waves.close.mutate(input),
};
