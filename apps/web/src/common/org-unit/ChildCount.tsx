import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { OrgUnitRow } from '../rows';

/** "12 units below": a unit's key figure on its phone card. */
export const ChildCount = () => {
  const record = useRecordContext<OrgUnitRow>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <span>
      {translate('cutover.list.children', {
        smart_count: record.childCount,
        count: record.childCount.toLocaleString(locale),
      })}
    </span>
  );
};
