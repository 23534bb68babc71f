import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ChatRow } from './types';

/** "27 of 30": parents who joined the new chat out of those expected. */
export const ParentsField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<ChatRow>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const format = (n: number) => n.toLocaleString(locale);
  return (
    <span>
      {translate('cutover.chats.parents_of', {
        joined: format(record.parentsJoined),
        expected: format(record.parentsExpected),
      })}
    </span>
  );
};
