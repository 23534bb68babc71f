import { createContext, useContext } from 'react';
import { ROOT, type Tree } from './useTree';

export const TreeContext = createContext<Tree>({
  branches: new Map(),
  expanded: new Set(),
  known: new Map(),
  load: async () => undefined,
  toggle: () => undefined,
  reveal: async () => undefined,
});

export const useTreeContext = () => useContext(TreeContext);

/** The id of a node's row, for focusing it once a search result is revealed. */
export const nodeElementId = (id: number) => `tree-node-${id}`;

export { ROOT };
