import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { MouseEvent } from 'react';
import { Link, useTranslate } from 'react-admin';
import { RiskChip } from './RiskChip';
import type { Drill, UnitRow } from './types';
import { UnitForecast } from './UnitForecast';
import { useFormat } from './useFormat';

/** One unit; the whole row opens it, and its name is the link keyboards reach. */
export const UnitTableRow = ({ row, drill }: { row: UnitRow; drill: Drill }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <TableRow hover onClick={() => drill.open(row.id)} sx={{ cursor: 'pointer' }}>
      <TableCell component="th" scope="row">
        <Link to={drill.to(row.id)} onClick={(event: MouseEvent) => event.stopPropagation()}>
          {row.name}
        </Link>
      </TableCell>
      <TableCell align="right">
        {format.percent(row.percent)}
        {row.numerator !== undefined && row.denominator !== undefined ? (
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('cutover.dashboard.of', {
              numerator: format.count(row.numerator),
              denominator: format.count(row.denominator),
            })}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>
        <RiskChip risk={row.risk} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.day(row.finishedOn)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <UnitForecast row={row} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.day(row.deadline)}</TableCell>
    </TableRow>
  );
};
