import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useSmallScreen } from '../common/list/useSmallScreen';
import type { Drill, UnitRow } from './types';
import { UnitCards } from './UnitCards';
import { UnitTableRow } from './UnitTableRow';
import { useFormat } from './useFormat';

const FIRST_ROWS = 25;

interface UnitTableProps {
  rows: readonly UnitRow[];
  /** The table's accessible name: the label of its panel's heading. */
  label: string;
  drill: Drill;
}

/** Units in the order the server ranked them (riskiest first), the first 25 until asked. */
export const UnitTable = ({ rows, label, drill }: UnitTableProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const [all, setAll] = useState(false);
  const small = useSmallScreen();
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  const header = (key: string, align: 'left' | 'right' = 'left') => (
    <TableCell align={align}>{translate(key)}</TableCell>
  );
  return (
    <>
      {small ? (
        <UnitCards rows={shown} label={label} drill={drill} />
      ) : (
        <TableContainer>
          <Table size="small" aria-label={label}>
            <TableHead>
              <TableRow>
                {header('cutover.dashboard.children.name')}
                {header('cutover.dashboard.children.adoption', 'right')}
                {header('cutover.dashboard.risk.label')}
                {header('cutover.dashboard.children.finished')}
                {header('cutover.dashboard.forecast.label')}
                {header('cutover.dashboard.deadline.label')}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((row) => (
                <UnitTableRow key={row.id} row={row} drill={drill} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {shown.length < rows.length ? (
        <Button size="small" onClick={() => setAll(true)} sx={{ alignSelf: 'flex-start' }}>
          {translate('cutover.dashboard.children.show_all', { count: format.count(rows.length) })}
        </Button>
      ) : null}
    </>
  );
};
