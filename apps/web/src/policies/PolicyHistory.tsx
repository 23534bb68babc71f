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
import { useTranslate } from 'react-admin';
import { useApiQuery } from '../common/useApiQuery';
import { policyApi } from './api';
import { readPolicyChange } from './auditChange';
import { HistoryRow } from './HistoryRow';
import { Pager } from './Pager';

interface PolicyHistoryProps {
  nodeId: number;
  /** One key's history; all policies when left out. */
  policyKey?: PolicyKey;
  revision: number;
}

const PER_PAGE = 10;

/** Policy changes at the node and below, newest first, from the audit log. */
export const PolicyHistory = ({ nodeId, policyKey, revision }: PolicyHistoryProps) => {
  const translate = useTranslate();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const fetcher = useMemo(
    () => policyApi.history({ withinId: nodeId, key: policyKey, page, perPage: PER_PAGE }),
    // `revision` is in the deps on purpose: a change elsewhere on the page means read again.
    [nodeId, policyKey, page, revision],
  );
  const result = useApiQuery(fetcher).data;
  const changes = useMemo(
    () => (result?.data ?? []).map((row) => ({ row, change: readPolicyChange(row) })),
    [result],
  );
  const ids = useMemo(
    () => [
      ...new Set(changes.flatMap(({ change }) => (change.nodeId === null ? [] : [change.nodeId]))),
    ],
    [changes],
  );
  const namesFetcher = useMemo(() => (ids.length > 0 ? policyApi.names(ids) : null), [ids]);
  const names = useApiQuery(namesFetcher, { quiet: true }).data;
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`cutover.policies.history.${key}`, options);
  const columns = [
    'when',
    'who',
    'unit',
    ...(policyKey ? [] : ['policy']),
    'change',
    'before',
    'after',
    'why',
  ];
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h2" variant="h6" gutterBottom>
        {t(policyKey ? 'title_key' : 'title')}
      </Typography>
      {result === undefined ? (
        <Typography variant="body2">{translate('cutover.policies.loading')}</Typography>
      ) : changes.length === 0 ? (
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
              {changes.map(({ row, change }) => (
                <HistoryRow
                  key={row.id}
                  at={row.at}
                  actor={row.actorLogin}
                  change={change}
                  unitName={change.nodeId === null ? null : (names?.get(change.nodeId) ?? null)}
                  showPolicy={!policyKey}
                />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Pager page={page} perPage={PER_PAGE} total={result?.total ?? 0} onPage={setPage} />
    </Box>
  );
};
