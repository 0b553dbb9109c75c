import { MAX_COMMENT_DEPTH } from '../../../shared/comments.ts';

// Threading: approved comments, oldest first, become a tree at most three levels deep. A comment
// whose parent is not shown (held, trashed, deleted) is shown at the top level rather than lost.

export interface Threadable {
  id: number;
  parentId: number | null;
}

export interface ThreadNode<T extends Threadable> {
  comment: T;
  depth: number;
  children: ThreadNode<T>[];
}

/** Builds the tree; replies deeper than the cap join the deepest level, still in time order. */
export function buildThread<T extends Threadable>(comments: readonly T[]): ThreadNode<T>[] {
  const roots: ThreadNode<T>[] = [];
  const byId = new Map<number, ThreadNode<T>>();
  for (const c of comments) {
    let parent = c.parentId === null ? undefined : byId.get(c.parentId);
    // Climb until the new node fits under the cap.
    while (parent && parent.depth >= MAX_COMMENT_DEPTH) parent = parentOf(parent, byId);
    const node: ThreadNode<T> = { comment: c, depth: parent ? parent.depth + 1 : 1, children: [] };
    byId.set(c.id, node);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

function parentOf<T extends Threadable>(node: ThreadNode<T>, byId: Map<number, ThreadNode<T>>) {
  const id = node.comment.parentId;
  return id === null ? undefined : byId.get(id);
}

/**
 * The parent to store for a reply to `parentId`, given each comment's parent: a reply to a
 * comment already at the deepest level is stored as a reply to that comment's parent.
 */
export function cappedParent(parentId: number, parents: ReadonlyMap<number, number | null>): number {
  const chain = [parentId];
  let cur = parents.get(parentId) ?? null;
  while (cur !== null && chain.length < 10) {
    chain.push(cur);
    cur = parents.get(cur) ?? null;
  }
  // chain[0] sits at depth chain.length; a reply may hang under depth MAX - 1 at most.
  const depth = chain.length;
  return depth < MAX_COMMENT_DEPTH ? parentId : (chain[depth - MAX_COMMENT_DEPTH + 1] ?? parentId);
}
