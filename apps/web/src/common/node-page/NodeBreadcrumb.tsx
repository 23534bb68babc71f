import Breadcrumbs from '@mui/material/Breadcrumbs';
import type { SxProps, Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import type { ComponentProps } from 'react';
import { Link, useTranslate } from 'react-admin';

type LinkTarget = ComponentProps<typeof Link>['to'];

interface Crumb {
  id: number;
  name: string;
}

interface NodeBreadcrumbProps<A extends Crumb> {
  /** The visible ancestors, top first: the server returns only those inside the scope. */
  ancestors: readonly A[];
  /** The node itself, the last crumb (not a link). */
  name: string;
  /** Where an ancestor leads on this page; undefined leaves it as plain text. */
  linkTo: (ancestor: A) => LinkTarget | undefined;
  sx?: SxProps<Theme>;
}

/** Where a node sits: each visible ancestor links to the same kind of page for itself. */
export function NodeBreadcrumb<A extends Crumb>({
  ancestors,
  name,
  linkTo,
  sx,
}: NodeBreadcrumbProps<A>) {
  const translate = useTranslate();
  return (
    <Breadcrumbs aria-label={translate('cutover.org.breadcrumb')} sx={sx}>
      {ancestors.map((ancestor) => {
        const to = linkTo(ancestor);
        return to === undefined ? (
          <Typography key={ancestor.id} variant="body2" component="span">
            {ancestor.name}
          </Typography>
        ) : (
          <Link key={ancestor.id} variant="body2" to={to}>
            {ancestor.name}
          </Link>
        );
      })}
      <Typography variant="body2" component="span" color="text.primary" aria-current="page">
        {name}
      </Typography>
    </Breadcrumbs>
  );
}
