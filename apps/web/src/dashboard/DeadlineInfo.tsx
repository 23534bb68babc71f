import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import { Fact } from './Fact';
import { toInstant } from './format';
import type { WaveDeadline } from './types';
import { useFormat } from './useFormat';

/** The effective deadline and where it comes from: national, or which unit, who, when, why. */
export const DeadlineInfo = ({ deadline }: { deadline: WaveDeadline }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { source } = deadline;
  let detail: string[];
  if (source.kind === 'national') {
    detail = [translate('cutover.dashboard.deadline.national')];
  } else {
    const setAt = toInstant(source.setAt);
    const time = setAt ? format.instant(setAt) : '—';
    detail = [
      translate('cutover.dashboard.deadline.set_by', { node: source.nodeName }),
      source.setBy
        ? translate('cutover.dashboard.deadline.set_by_user', { user: source.setBy, time })
        : translate('cutover.dashboard.deadline.set_on', { time }),
      translate('cutover.dashboard.deadline.reason', { reason: source.reason }),
    ];
  }
  return (
    <Fact
      wide
      label={translate('cutover.dashboard.deadline.label')}
      value={format.day(deadline.deadline)}
      detail={detail.map((line, index) => (
        <Fragment key={line}>
          {index > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    />
  );
};
