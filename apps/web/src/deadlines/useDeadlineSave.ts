import {
  HttpError,
  useCreate,
  useLocaleState,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { formatDay } from '../common/fields/DayField';
import { useNotifyError } from '../common/useNotifyError';

const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Saves a deadline. Field errors come back translated with the server's parameters, so the
 * deadline field itself says which date above it may not pass ("not later than 1 September").
 */
export function useDeadlineSave() {
  const [create] = useCreate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const redirect = useRedirect();
  const translate = useTranslate();
  const [locale] = useLocaleState();

  return async (values: Record<string, unknown>) => {
    const { orgUnitId, waveId, deadline, reason } = values;
    try {
      const saved = await create(
        'deadlines',
        { data: { orgUnitId, waveId, deadline, reason } },
        { returnPromise: true },
      );
      const undercut = Array.isArray(saved.undercut) ? saved.undercut.length : 0;
      notify(undercut > 0 ? 'cutover.deadlines.undercut' : 'cutover.deadlines.saved', {
        type: undercut > 0 ? 'warning' : 'info',
        messageArgs: { smart_count: undercut },
      });
      redirect('show', 'deadlines', saved.id);
      return undefined;
    } catch (error) {
      const fields = error instanceof HttpError ? (error.body?.errors ?? {}) : {};
      if (!(error instanceof HttpError) || Object.keys(fields).length === 0) {
        notifyError(error);
        return undefined;
      }
      const params = Object.fromEntries(
        Object.entries(error.body?.params ?? {}).map(([name, value]) => [
          name,
          isDay(value) ? formatDay(value, locale) : value,
        ]),
      );
      return Object.fromEntries(
        Object.entries(fields).map(([field, key]) => [field, translate(String(key), params)]),
      );
    }
  };
}
