import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { formatMoment, policyValueText } from './format';
import { StatusChip } from './StatusChip';
import type { EffectivePolicy } from './types';
import { useUiLocale } from './useUiLocale';

const columns = ['node', 'value', 'locked', 'who', 'when', 'why', 'status'] as const;

/** Every setting of the key on the way from the country down to the node, root first. */
export const ProvenanceChain = ({ policy }: { policy: EffectivePolicy }) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const headingId = useId();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`cutover.policies.chain.${key}`, options);
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h3" variant="subtitle2" gutterBottom>
        {t('title')}
      </Typography>
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
            {policy.chain.map((link) => (
              <TableRow key={link.nodeId}>
                <TableCell>{link.nodeName}</TableCell>
                <TableCell>{policyValueText(policy.key, link.value, translate, locale)}</TableCell>
                <TableCell>
                  {translate(link.locked ? 'cutover.policies.yes' : 'cutover.policies.no')}
                </TableCell>
                <TableCell>
                  {link.setByLogin ?? translate('cutover.policies.unknown_user')}
                </TableCell>
                <TableCell>{formatMoment(link.setAt, locale)}</TableCell>
                <TableCell>{link.reason}</TableCell>
                <TableCell>
                  <StatusChip status={link.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};
