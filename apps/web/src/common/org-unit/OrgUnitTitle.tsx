import { useRecordContext, useTranslate } from 'react-admin';
import type { OrgUnitShown } from '../rows';

export type LevelResource = 'regions' | 'municipalities' | 'institutions';

interface OrgUnitTitleProps {
  resource: LevelResource;
  creating?: boolean;
}

/** "Edit institution: <name>" in the app bar (and so in the document title). */
export const OrgUnitTitle = ({ resource, creating }: OrgUnitTitleProps) => {
  const record = useRecordContext<OrgUnitShown>();
  const translate = useTranslate();
  const name = translate(`resources.${resource}.forcedCaseName`, { smart_count: 1 });
  if (creating) return <>{translate('cutover.edit.create_title', { name })}</>;
  return <>{translate('cutover.edit.title', { name, record: record?.name ?? '' })}</>;
};
