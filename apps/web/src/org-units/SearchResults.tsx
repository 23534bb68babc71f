import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { resourceForLevel } from '../common/org-unit/orgLinks';
import { visuallyHidden } from '../common/visuallyHidden';
import type { TreeNode } from './useTree';

interface SearchResultsProps {
  results: readonly TreeNode[];
  names: ReadonlyMap<number, string>;
  onReveal: (node: TreeNode) => void;
}

/** Each match with where it sits ("Region › Municipality"), its page, and a way to it in the tree. */
export const SearchResults = ({ results, names, onReveal }: SearchResultsProps) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (results.length === 0) {
    return <Typography sx={{ my: 1 }}>{translate('cutover.hierarchy.no_results')}</Typography>;
  }
  return (
    <List dense aria-label={translate('cutover.hierarchy.results')}>
      {results.map((node) => {
        const resource = resourceForLevel[node.level];
        const where = node.path
          .slice(0, -1)
          .map((id) => names.get(id))
          .filter((name): name is string => name !== undefined)
          .join(' › ');
        return (
          <ListItem key={node.id} sx={{ display: 'block' }}>
            {resource ? (
              <Link to={createPath({ resource, id: node.id, type: 'show' })}>{node.name}</Link>
            ) : (
              <span>{node.name}</span>
            )}
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              {translate(`enums.level.${node.level}`)} · {node.code}
            </Typography>
            <Button size="small" sx={{ ml: 1 }} onClick={() => onReveal(node)}>
              {translate('cutover.hierarchy.reveal')}
              <Typography component="span" sx={visuallyHidden}>
                {`: ${node.name}`}
              </Typography>
            </Button>
            {where ? (
              <Typography variant="body2" color="text.secondary">
                {where}
              </Typography>
            ) : null}
          </ListItem>
        );
      })}
    </List>
  );
};
