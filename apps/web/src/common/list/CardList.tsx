import Checkbox from '@mui/material/Checkbox';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { ReactElement, ReactNode } from 'react';
import {
  LinkBase,
  type RaRecord,
  RecordContextProvider,
  useCreatePath,
  useListContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { SelectionToolbar } from './AllMatching';

/** What a record's card shows: its name, its key figure or status, and its unit. */
export interface CardContent<R extends RaRecord = RaRecord> {
  /** The record's name; also names its selection box. */
  primary: (record: R) => string;
  /** The key figure or status (rendered inside the record's context, so fields work). */
  secondary?: (record: R) => ReactNode;
  /** The unit the record belongs to. */
  tertiary?: (record: R) => ReactNode;
}

interface CardListProps<R extends RaRecord> {
  card: CardContent<R>;
  /** The list's bulk action buttons, when the role has them: each card gets a selection box. */
  bulkActions?: ReactElement | false;
  link?: 'show' | 'edit';
}

/** One card a record on phone-sized screens: tap to open, tick to select for a bulk action. */
export const CardList = <R extends RaRecord>({
  card,
  bulkActions,
  link = 'show',
}: CardListProps<R>) => {
  const { data, selectedIds, onToggleItem } = useListContext<R>();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!data || data.length === 0) {
    return (
      <Typography sx={{ p: 2 }} color="text.secondary">
        {translate('ra.navigation.no_results')}
      </Typography>
    );
  }
  return (
    <>
      {bulkActions ? <SelectionToolbar>{bulkActions}</SelectionToolbar> : null}
      <List disablePadding aria-label={translate(`resources.${resource}.name`, { smart_count: 2 })}>
        {data.map((record) => {
          const name = card.primary(record);
          return (
            <RecordContextProvider key={record.id} value={record}>
              <ListItem disablePadding divider>
                {bulkActions ? (
                  <Checkbox
                    checked={selectedIds.includes(record.id)}
                    onChange={() => onToggleItem(record.id)}
                    slotProps={{
                      input: { 'aria-label': translate('cutover.list.select', { name }) },
                    }}
                    sx={{ ml: 1 }}
                  />
                ) : null}
                <ListItemButton
                  component={LinkBase}
                  to={createPath({ resource, id: record.id, type: link })}
                  sx={{ minHeight: 56 }}
                >
                  <ListItemText
                    primary={name}
                    secondary={<CardDetails record={record} card={card} />}
                    slotProps={{
                      primary: { sx: { fontWeight: 500, overflowWrap: 'anywhere' } },
                      secondary: { component: 'div' },
                    }}
                  />
                </ListItemButton>
              </ListItem>
            </RecordContextProvider>
          );
        })}
      </List>
    </>
  );
};

const CardDetails = <R extends RaRecord>({ record, card }: { record: R; card: CardContent<R> }) => (
  <>
    {card.secondary ? <span style={{ display: 'block' }}>{card.secondary(record)}</span> : null}
    {card.tertiary ? (
      <span style={{ display: 'block', overflowWrap: 'anywhere' }}>{card.tertiary(record)}</span>
    ) : null}
  </>
);
