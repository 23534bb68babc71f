import { useGetList, useLocaleState, useRecordContext } from 'react-admin';
import type { WaveRow } from './types';

type Named = Pick<WaveRow, 'nameEn' | 'nameRu'>;

/** A wave's name in the interface language. */
export function useWaveName(): (wave: Named) => string {
  const [locale] = useLocaleState();
  return (wave) => (locale === 'ru' ? wave.nameRu : wave.nameEn);
}

/** All national waves (a handful, the same for everyone), cached for the session. */
export function useWaves(): WaveRow[] {
  const { data } = useGetList<WaveRow>(
    'waves',
    { pagination: { page: 1, perPage: 100 } },
    { staleTime: 5 * 60_000 },
  );
  return data ?? [];
}

/** The shown wave's name. */
export const WaveNameField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<WaveRow>();
  const name = useWaveName();
  return record ? <span>{name(record)}</span> : null;
};

/** The name of the wave a row points at (deadlines carry a wave id and code). */
export const WaveOfRowField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<{ waveId: number; waveCode: string }>();
  const wave = useWaves().find((w) => w.id === record?.waveId);
  const name = useWaveName();
  if (!record) return null;
  return <span>{wave ? name(wave) : record.waveCode}</span>;
};
