import Typography from '@mui/material/Typography';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { resourceForLevel } from '../common/org-unit/orgLinks';
import { nodeElementId } from './TreeContext';
import type { TreeNode } from './useTree';

/** A node's name linked to its show page (the country has none), with its kind and code. */
export const NodeLabel = ({ node, highlighted }: { node: TreeNode; highlighted: boolean }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const resource = resourceForLevel[node.level];
  const style = { fontWeight: highlighted ? 700 : 400 };
  return (
    <>
      {resource ? (
        <Link
          id={nodeElementId(node.id)}
          to={createPath({ resource, id: node.id, type: 'show' })}
          onClick={(event: MouseEvent) => event.stopPropagation()}
          sx={style}
        >
          {node.name}
        </Link>
      ) : (
        <Typography id={nodeElementId(node.id)} component="span" tabIndex={-1} sx={style}>
          {node.name}
        </Typography>
      )}
      <Typography component="span" variant="body2" color="text.secondary">
        {translate(`enums.kind.${node.kind}`)} · {node.code}
        {node.childCount > 0
          ? ` · ${translate('cutover.hierarchy.children', { smart_count: node.childCount })}`
          : ''}
      </Typography>
    </>
  );
};
