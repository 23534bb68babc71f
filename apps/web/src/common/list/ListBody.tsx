import type { ReactElement } from 'react';
import { type RaRecord, useListContext } from 'react-admin';
import { type CardContent, CardList } from './CardList';
import { ListLoading } from './ListLoading';
import { useSmallScreen } from './useSmallScreen';

interface ListBodyProps<R extends RaRecord> {
  /** The list's table, for tablets and desktops. */
  table: ReactElement;
  /** The card each record becomes on a phone. */
  card: CardContent<R>;
  /** Bulk action buttons on the phone's cards, when the role has them (false: none). */
  bulkActions?: ReactElement | false;
}

/**
 * The body of every list: its table on a wide screen, cards on a phone (react-admin's
 * convention for small screens), and a labelled loading bar until the first page arrives.
 */
export const ListBody = <R extends RaRecord>({ table, card, bulkActions }: ListBodyProps<R>) => {
  const small = useSmallScreen();
  const { isPending } = useListContext();
  if (isPending) return <ListLoading />;
  return small ? <CardList card={card} bulkActions={bulkActions} /> : table;
};
