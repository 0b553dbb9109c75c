import type { CommentStatus } from '../../../shared/comments.ts';
import type { SpamReason } from '../../platform/spam.ts';

// Where a new comment goes. Spam never reaches readers; a first-time commenter waits for a
// recruiter; someone a recruiter has approved before appears at once, unless staff hold all.

export interface ModerationInput {
  spam: SpamReason | null;
  /** The email already has an approved comment. */
  knownCommenter: boolean;
  /** The agency setting that holds every comment for moderation. */
  holdAll: boolean;
  /** Written by a recruiter or an admin, signed in. */
  byStaff: boolean;
}

export function moderate(m: ModerationInput): CommentStatus {
  if (m.byStaff) return 'approved';
  if (m.spam) return 'spam';
  if (m.holdAll) return 'pending';
  return m.knownCommenter ? 'approved' : 'pending';
}
