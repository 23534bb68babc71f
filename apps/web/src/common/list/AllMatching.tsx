import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import {
  BulkActionsToolbar,
  Button,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';

interface AllMatching {
  /** "Select all" is on: the selection is every record the list's filter matches. */
  allMatching: boolean;
  setAllMatching: (on: boolean) => void;
}

const AllMatchingContext = createContext<AllMatching>({
  allMatching: false,
  setAllMatching: () => undefined,
});

export const useAllMatching = () => useContext(AllMatchingContext);

/**
 * Holds the "every matching record" flag of a list. It ends when the filter changes or a
 * row of the page is unticked: the selection is then the ticked rows again.
 */
export const AllMatchingProvider = ({ children }: { children: ReactNode }) => {
  const { filterValues, selectedIds, data } = useListContext();
  const [allMatching, setAllMatching] = useState(false);
  const filterKey = JSON.stringify(filterValues);
  const pageSelected = (data ?? []).every((row) => selectedIds.includes(row.id));
  // A new filter ends "select all".
  useEffect(() => setAllMatching(false), [filterKey]);
  useEffect(() => {
    if (selectedIds.length === 0 || !pageSelected) setAllMatching(false);
  }, [selectedIds.length, pageSelected]);
  const value = useMemo(() => ({ allMatching, setAllMatching }), [allMatching]);
  return <AllMatchingContext.Provider value={value}>{children}</AllMatchingContext.Provider>;
};

/** Offered once the whole page is ticked: selects every record the filter matches. */
const SelectAllMatchingButton = () => {
  const { total, selectedIds, data, meta } = useListContext();
  const { allMatching, setAllMatching } = useAllMatching();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const pageSelected = (data ?? []).every((row) => selectedIds.includes(row.id));
  if (allMatching || !pageSelected || total === undefined || total <= selectedIds.length) {
    return null;
  }
  return (
    <Button
      label={
        meta?.moreThanTotal
          ? translate('cutover.bulk.select_all_many')
          : translate('cutover.bulk.select_all', {
              smart_count: total,
              count: total.toLocaleString(locale),
            })
      }
      onClick={() => setAllMatching(true)}
    />
  );
};

/** react-admin's bulk toolbar, counting every matching record when "select all" is on. */
export const SelectionToolbar = ({ children }: { children: ReactNode }) => {
  const { total, meta } = useListContext();
  const { allMatching } = useAllMatching();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // The toolbar translates its label with the page's count; a finished sentence passes through.
  const label = !allMatching
    ? undefined
    : meta?.moreThanTotal
      ? translate('cutover.bulk.all_selected_many')
      : translate('cutover.bulk.all_selected', {
          smart_count: total ?? 0,
          count: (total ?? 0).toLocaleString(locale),
        });
  return (
    <BulkActionsToolbar selectAllButton={<SelectAllMatchingButton />} {...(label ? { label } : {})}>
      {children}
    </BulkActionsToolbar>
  );
};

export type Selection = { ids: number[] } | { filter: Record<string, unknown> };

/** What a bulk action applies to: the ticked rows, or the list's filter when all are selected. */
export function useSelection(): () => Selection {
  const { selectedIds, filterValues } = useListContext();
  const { allMatching } = useAllMatching();
  return () =>
    allMatching
      ? { filter: { ...filterValues } }
      : { ids: selectedIds.filter((id): id is number => typeof id === 'number') };
}
