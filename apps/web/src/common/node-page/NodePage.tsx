import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { Title } from 'react-admin';
import type { ApiQuery } from '../useApiQuery';
import { AsOfPicker, type AsOfPickerProps } from './AsOfPicker';
import { LoadFailure, type LoadFailureProps } from './LoadFailure';

interface NodePageProps<T> {
  /** The browser tab's and the app bar's title. */
  title: string;
  /** The read that everything on the page is about (one node, from the URL). */
  query: ApiQuery<T>;
  /** What a failed read says, and whether it offers the way back to the user's scope. */
  failure: Omit<LoadFailureProps, 'error' | 'onRetry'>;
  /** The content's shape while the read is under way. */
  skeleton: ReactNode;
  /** Above the content and kept in place while it reloads (the node's heading). */
  header?: ReactNode;
  /** A past day to show instead of live figures, picked beside the header. */
  asOf?: AsOfPickerProps;
  gap: number;
  children: (data: T) => ReactNode;
}

/**
 * The frame of a page about one node: its title, an optional header with the as-of date,
 * then the failure (with a retry), the content, or its skeleton.
 */
export function NodePage<T>({
  title,
  query,
  failure,
  skeleton,
  header,
  asOf,
  gap,
  children,
}: NodePageProps<T>) {
  const { data, error } = query;
  return (
    <Box sx={{ py: 2, px: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap }}>
      <Title title={title} />
      {header !== undefined || asOf ? (
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flex: '1 1 320px', minWidth: 0 }}>{header}</Box>
          {asOf ? <AsOfPicker {...asOf} /> : null}
        </Box>
      ) : null}
      {error && !data ? (
        <LoadFailure error={error} onRetry={query.retry} {...failure} />
      ) : data ? (
        children(data)
      ) : (
        skeleton
      )}
    </Box>
  );
}
