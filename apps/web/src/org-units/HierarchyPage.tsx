import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { SearchResults } from './SearchResults';
import { TreeBranch } from './TreeBranch';
import { nodeElementId, ROOT, TreeContext } from './TreeContext';
import { usePathNames } from './usePathNames';
import { useSearch } from './useSearch';
import { type TreeNode, useTree } from './useTree';

/**
 * The caller's part of the hierarchy as a tree that loads a branch when it opens, with a
 * search that lists matches with their path and opens the tree down to any of them.
 */
export const HierarchyPage = () => {
  const translate = useTranslate();
  const tree = useTree();
  const [text, setText] = useState('');
  const [highlightId, setHighlightId] = useState<number | null>(null);
  const search = useSearch(text);
  const rootBranch = tree.branches.get(ROOT);
  const root = rootBranch?.status === 'loaded' ? rootBranch.nodes[0] : undefined;
  const names = usePathNames(search.results, root, tree.known);
  const { load, toggle, expanded } = tree;

  useEffect(() => {
    void load(ROOT);
  }, [load]);
  // The scope root opens by itself, once it arrives: its children are what one came for.
  useEffect(() => {
    if (root && !expanded.has(root.id)) toggle(root.id);
  }, [root]);

  const reveal = async (node: TreeNode) => {
    const from = root ? node.path.indexOf(root.id) : 0;
    await tree.reveal(node.path.slice(Math.max(from, 0)));
    setHighlightId(node.id);
    // Rendered once the branches are in: move focus there, so keyboard users land on it.
    requestAnimationFrame(() => {
      const element = document.getElementById(nodeElementId(node.id));
      element?.scrollIntoView({ block: 'center' });
      element?.focus();
    });
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('cutover.hierarchy.title')} />
      <CardContent>
        <TextField
          type="search"
          label={translate('cutover.hierarchy.search')}
          helperText={translate('cutover.hierarchy.search_hint')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          size="small"
          sx={{ minWidth: { sm: 360 }, width: { xs: '100%', sm: 'auto' } }}
        />
        {search.searching ? (
          <LinearProgress aria-label={translate('cutover.hierarchy.searching')} sx={{ my: 1 }} />
        ) : null}
        {search.error ? (
          <Alert severity="error" sx={{ my: 1 }}>
            {translate(search.error)}
          </Alert>
        ) : null}
        {search.results && !search.error ? (
          <SearchResults results={search.results} names={names} onReveal={reveal} />
        ) : null}
        <Box component="section" aria-label={translate('cutover.hierarchy.tree')} sx={{ mt: 2 }}>
          <TreeContext.Provider value={tree}>
            <TreeBranch parentId={ROOT} highlightId={highlightId} />
          </TreeContext.Provider>
        </Box>
      </CardContent>
    </Card>
  );
};
