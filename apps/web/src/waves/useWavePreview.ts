import { isIsoDate, opensBeforeDeadline } from '@cutover/domain';
import { useMemo } from 'react';
import { type ApiQuery, useApiQuery } from '../common/useApiQuery';
import { useDebounced } from '../common/useDebounced';
import { type WavePreview, type WavePreviewInput, waveApi } from './api';

export interface WaveDraft {
  id?: number;
  code?: string;
  opensOn?: unknown;
  nationalDeadline?: unknown;
}

export type DraftState =
  | { kind: 'incomplete' }
  | { kind: 'order' }
  | ({ kind: 'asked'; ready: boolean } & ApiQuery<WavePreview>);

/** The draft as the server's preview input, or why it cannot be asked yet. */
export function previewInput(draft: WaveDraft): WavePreviewInput | 'incomplete' | 'order' {
  const { opensOn, nationalDeadline } = draft;
  if (typeof opensOn !== 'string' || typeof nationalDeadline !== 'string') return 'incomplete';
  if (!isIsoDate(opensOn) || !isIsoDate(nationalDeadline)) return 'incomplete';
  if (!opensBeforeDeadline({ opensOn, nationalDeadline })) return 'order';
  if (draft.id !== undefined) return { id: draft.id, opensOn, nationalDeadline };
  if (!draft.code) return 'incomplete';
  return { code: draft.code as WavePreviewInput['code'], opensOn, nationalDeadline };
}

/** The server's impact figures for the draft, asked again once it stops changing. */
export function useWavePreview(draft: WaveDraft): DraftState {
  const key = JSON.stringify(previewInput(draft));
  const settled = useDebounced(key, 300);
  const parsed = JSON.parse(settled) as ReturnType<typeof previewInput>;
  const fetcher = useMemo(() => {
    const input = JSON.parse(settled) as ReturnType<typeof previewInput>;
    return typeof input === 'string' ? null : waveApi.preview(input);
  }, [settled]);
  const query = useApiQuery(fetcher, { quiet: true });
  if (parsed === 'incomplete' || parsed === 'order') return { kind: parsed };
  return { kind: 'asked', ...query, ready: settled === key && !query.loading };
}
