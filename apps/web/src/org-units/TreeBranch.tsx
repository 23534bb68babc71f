import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import { useTranslate } from 'react-admin';
import { NodeLabel } from './NodeLabel';
import { ROOT, useTreeContext } from './TreeContext';
import type { TreeNode } from './useTree';

const groupId = (id: number) => `tree-group-${id}`;

/**
 * Nested lists with disclosure buttons (not an ARIA tree): every node keeps an ordinary
 * link to its page, which a treeitem could not hold without nesting interactive roles.
 */
const TreeItem = ({ node, highlightId }: { node: TreeNode; highlightId: number | null }) => {
  const { expanded, toggle } = useTreeContext();
  const translate = useTranslate();
  const open = expanded.has(node.id);
  return (
    <Box component="li" sx={{ listStyle: 'none' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', minHeight: 40 }}>
        {node.childCount > 0 ? (
          <IconButton
            size="small"
            aria-expanded={open}
            aria-controls={open ? groupId(node.id) : undefined}
            aria-label={translate(
              open ? 'cutover.hierarchy.collapse' : 'cutover.hierarchy.expand',
              {
                name: node.name,
              },
            )}
            onClick={() => toggle(node.id)}
          >
            {open ? <ExpandMoreIcon /> : <ChevronRightIcon />}
          </IconButton>
        ) : (
          <Box sx={{ width: 34, flexShrink: 0 }} />
        )}
        {/* Flex items: the link stands apart from the text beside it (no underline needed). */}
        <Box
          sx={{ ml: 0.5, display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 1 }}
        >
          <NodeLabel node={node} highlighted={node.id === highlightId} />
        </Box>
      </Box>
      {open ? <TreeBranch parentId={node.id} highlightId={highlightId} /> : null}
    </Box>
  );
};

interface TreeBranchProps {
  parentId: number;
  highlightId: number | null;
}

/** The children of one node, as loaded (or loading) from the server. */
export const TreeBranch = ({ parentId, highlightId }: TreeBranchProps) => {
  const { branches } = useTreeContext();
  const translate = useTranslate();
  const branch = branches.get(parentId);
  // Loading or failed, the branch still carries its id: the open button's aria-controls
  // points at it from the first render on (axe: aria-valid-attr-value).
  if (!branch || branch.status === 'loading') {
    return (
      <Box id={groupId(parentId)}>
        <LinearProgress aria-label={translate('cutover.hierarchy.loading')} sx={{ ml: 5, my: 1 }} />
      </Box>
    );
  }
  if (branch.status === 'failed') {
    return (
      <Alert id={groupId(parentId)} severity="error" sx={{ ml: 5, my: 1 }}>
        {translate(branch.error)}
      </Alert>
    );
  }
  return (
    <Box component="ul" id={groupId(parentId)} sx={{ pl: parentId === ROOT ? 0 : 3, my: 0 }}>
      {branch.nodes.map((node) => (
        <TreeItem key={node.id} node={node} highlightId={highlightId} />
      ))}
    </Box>
  );
};
