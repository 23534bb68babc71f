import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { formatMoment } from './format';
import type { EffectivePolicy, PolicyNode } from './types';
import { useUiLocale } from './useUiLocale';

/** Where the effective value comes from: the default, this node, or an ancestor (who, when, why). */
export const SourceLine = ({ node, policy }: { node: PolicyNode; policy: EffectivePolicy }) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const source = policy.source;
  if (source.kind === 'default') {
    return <Typography variant="body2">{translate('cutover.policies.source.default')}</Typography>;
  }
  const where =
    source.nodeId === node.id
      ? translate('cutover.policies.source.here')
      : translate('cutover.policies.source.inherited', { name: source.nodeName });
  return (
    <Typography variant="body2">
      <strong>{where}</strong>{' '}
      {translate('cutover.policies.source.by', {
        login: source.setByLogin ?? translate('cutover.policies.unknown_user'),
        when: formatMoment(source.setAt, locale),
      })}{' '}
      {translate('cutover.policies.source.reason', { reason: source.reason })}
    </Typography>
  );
};
