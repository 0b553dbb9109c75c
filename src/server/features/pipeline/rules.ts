import type { Stage } from '../../../shared/pipeline.ts';

// The pipeline's rules, free of I/O so they are unit-tested on their own.

export type MoveCheck = { ok: true } | { ok: false; code: string; message: string };

/**
 * Whether an application may move from one stage to another, given how many of the opening's
 * positions are still open. A retired stage stays on old records but takes no new cards.
 */
export function checkMove(from: Stage, to: Stage | undefined, positionsLeft: number): MoveCheck {
  if (!to) return { ok: false, code: 'unknown_stage', message: 'That stage does not exist.' };
  if (to.retired)
    return {
      ok: false,
      code: 'stage_retired',
      message: `“${to.name}” is retired and takes no new applications.`,
    };
  if (to.id === from.id) return { ok: false, code: 'same_stage', message: `It is already in “${to.name}”.` };
  if (to.kind === 'placed' && from.kind !== 'placed' && positionsLeft <= 0)
    return {
      ok: false,
      code: 'positions_filled',
      message: 'Every position in this opening is already filled. Add a position to the opening first.',
    };
  return { ok: true };
}

/** Positions still open: the opening's positions less the applications in a placed stage. */
export function positionsLeft(positions: number, placed: number): number {
  return Math.max(0, positions - placed);
}

/** After a move into a placed stage fills the last position, the recruiter is offered to close it. */
export function shouldOfferClose(to: Stage, left: number, openingStatus: string): boolean {
  return to.kind === 'placed' && left === 0 && openingStatus === 'open';
}

export type StageChange = { ok: true } | { ok: false; message: string };

/**
 * Checks that the stages, after a change, still let the pipeline work: something to start in
 * (an active stage), a way to place someone and a way to close an application.
 */
export function checkStages(stages: Pick<Stage, 'kind' | 'retired'>[]): StageChange {
  const live = stages.filter((s) => !s.retired);
  for (const [kind, words] of [
    ['active', 'an in-progress stage'],
    ['placed', 'a placed stage'],
    ['closed', 'a closed stage'],
  ] as const) {
    if (!live.some((s) => s.kind === kind)) return { ok: false, message: `The pipeline needs ${words}.` };
  }
  return { ok: true };
}

/** The first active stage in order: where new applications start. */
export function firstStage(stages: Stage[]): Stage | undefined {
  return [...stages].sort((a, b) => a.position - b.position).find((s) => !s.retired && s.kind === 'active');
}

/**
 * New positions for a reorder: ids must name every stage exactly once. Positions step by 10
 * so a stage added later can go at the end without renumbering.
 */
export function reorder(current: number[], ids: number[]): Map<number, number> | null {
  if (ids.length !== current.length || new Set(ids).size !== ids.length) return null;
  const known = new Set(current);
  if (!ids.every((id) => known.has(id))) return null;
  return new Map(ids.map((id, i) => [id, (i + 1) * 10]));
}
