import type { PolicyKey } from '@cutover/domain';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { Link, useTranslate } from 'react-admin';
import { levelOfPath } from '../common/org-unit/orgLinks';
import { useApiQuery } from '../common/useApiQuery';
import { policyApi } from './api';
import { formatMoment, policyValueText } from './format';
import { overrideStatuses } from './overrideStatus';
import { Pager } from './Pager';
import { policiesPath } from './policyUrl';
import { StatusChip } from './StatusChip';
import type { PolicyNode } from './types';
import { useUiLocale } from './useUiLocale';

interface OverridesTableProps {
  node: PolicyNode;
  policyKey: PolicyKey;
  lockedAtOrAbove: boolean;
  revision: number;
}

const PER_PAGE = 20;
const columns = ['unit', 'level', 'value', 'locked', 'who', 'when', 'why', 'status'] as const;

/** Where in the subtree the key is set again, with links to those units' policies. */
export const OverridesTable = ({
  node,
  policyKey,
  lockedAtOrAbove,
  revision,
}: OverridesTableProps) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const headingId = useId();
  const [page, setPage] = useState(1);
  // `revision` is in the deps on purpose: a change elsewhere on the page means read again.
  const fetcher = useMemo(
    () => policyApi.overrides(node.id, policyKey),
    [node.id, policyKey, revision],
  );
  const rows = useApiQuery(fetcher).data;
  const statuses = useMemo(
    () => overrideStatuses(rows ?? [], lockedAtOrAbove),
    [rows, lockedAtOrAbove],
  );
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`cutover.policies.overrides.${key}`, options);
  const shown = (rows ?? []).slice((page - 1) * PER_PAGE, page * PER_PAGE);
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h2" variant="h6" gutterBottom>
        {t('title', { name: node.name })}
      </Typography>
      {rows === undefined ? (
        <Typography variant="body2">{translate('cutover.policies.loading')}</Typography>
      ) : rows.length === 0 ? (
        <Typography variant="body2">{t('empty')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby={headingId}>
            <TableHead>
              <TableRow>
                {columns.map((column) => (
                  <TableCell key={column}>{t(column)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>
                    <Link to={policiesPath({ nodeId: row.orgUnitId, key: policyKey })}>
                      {row.orgUnitName}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {translate(`enums.level.${levelOfPath(row.orgUnitPath) ?? ''}`, { _: '—' })}
                  </TableCell>
                  <TableCell>{policyValueText(policyKey, row.value, translate, locale)}</TableCell>
                  <TableCell>
                    {translate(row.locked ? 'cutover.policies.yes' : 'cutover.policies.no')}
                  </TableCell>
                  <TableCell>
                    {row.setByLogin ?? translate('cutover.policies.unknown_user')}
                  </TableCell>
                  <TableCell>{formatMoment(row.setAt, locale)}</TableCell>
                  <TableCell>{row.reason}</TableCell>
                  <TableCell>
                    <StatusChip status={statuses.get(row.orgUnitId) ?? 'applies'} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Pager page={page} perPage={PER_PAGE} total={rows?.length ?? 0} onPage={setPage} />
    </Box>
  );
};
