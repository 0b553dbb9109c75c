// Moving one stage up or down the pipeline, as a list of ids the server takes whole.

/**
 * The ids with `id` moved one place up (delta -1) or down (+1); null when it is already at
 * that end or not in the list.
 */
export function moveBy(ids: readonly number[], id: number, delta: -1 | 1): number[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  next[from] = ids[to] as number;
  next[to] = id;
  return next;
}
