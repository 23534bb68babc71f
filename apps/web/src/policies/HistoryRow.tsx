import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useTranslate } from 'react-admin';
import type { ChangeSide, PolicyChange } from './auditChange';
import { formatMoment, policyValueText } from './format';
import { policyLabel, useUiLocale } from './useUiLocale';

interface HistoryRowProps {
  at: Date | string;
  actor: string | null;
  change: PolicyChange;
  unitName: string | null;
  showPolicy: boolean;
}

/** One recorded change: when, who, where, what it was and became, and why. */
export const HistoryRow = ({ at, actor, change, unitName, showPolicy }: HistoryRowProps) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`cutover.policies.history.${key}`, options);
  const side = (value: ChangeSide | null, empty: string) => {
    if (!value || !change.key) return t(empty);
    const text = policyValueText(change.key, value.value, translate, locale);
    return value.locked ? t('locked_value', { value: text }) : text;
  };
  return (
    <TableRow>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMoment(at, locale)}</TableCell>
      <TableCell>{actor ?? translate('cutover.policies.unknown_user')}</TableCell>
      <TableCell>{unitName ?? '—'}</TableCell>
      {showPolicy ? (
        <TableCell>{change.key ? policyLabel(change.key, locale) : '—'}</TableCell>
      ) : null}
      <TableCell>{t(`verbs.${change.verb}`, { _: change.verb })}</TableCell>
      <TableCell>{side(change.before, 'nothing')}</TableCell>
      <TableCell>{side(change.after, change.verb === 'remove' ? 'inherits' : 'nothing')}</TableCell>
      <TableCell>{change.reason ?? '—'}</TableCell>
    </TableRow>
  );
};
