import { cloneElement, isValidElement, type ReactElement, useMemo } from 'react';
import { List, type ListProps } from 'react-admin';
import { ListPagination } from './ListPagination';
import { useSmallScreen } from './useSmallScreen';

/** Filters that stay on screen on a phone; the others move behind the filter button. */
const keptOnPhone = new Set(['q']);

const behindButton = (filter: ReactElement) => {
  const { source } = filter.props as { source?: string };
  return source && keptOnPhone.has(source)
    ? filter
    : cloneElement(filter, { alwaysOn: false } as object);
};

/**
 * react-admin's List, with pagination that says when a total is only a lower bound
 * (ListPagination), and with phone-sized screens in mind: only the search stays in view, every
 * other filter is added from the filter button, so the toolbar fits a 390 px screen.
 */
export const ListPage = ({ filters, ...props }: ListProps) => {
  const small = useSmallScreen();
  const shown = useMemo(() => {
    if (!small || !Array.isArray(filters)) return filters;
    return filters.map((filter) => (isValidElement(filter) ? behindButton(filter) : filter));
  }, [small, filters]);
  return <List filters={shown} pagination={<ListPagination />} {...props} />;
};
