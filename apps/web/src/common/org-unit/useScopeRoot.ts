import type { RouterOutputs } from '@cutover/api';
import { useEffect, useState } from 'react';
import { trpc } from '../../providers/trpcClient';

export type TreeNode = RouterOutputs['orgUnits']['children'][number];

/** The caller's scope node (the country for a federal admin), once loaded. */
export function useScopeRoot(): TreeNode | undefined {
  const [root, setRoot] = useState<TreeNode>();
  useEffect(() => {
    let current = true;
    trpc.orgUnits.children
      .query({ parentId: null })
      .then(([node]) => {
        if (current) setRoot(node);
      })
      .catch(() => {
        // Without a root the server refuses the create with a message of its own.
      });
    return () => {
      current = false;
    };
  }, []);
  return root;
}
