import { useMutation } from '@tanstack/react-query';
import type { Candidate } from '../../../shared/candidates.ts';
import { api, errorMessage } from '../../api.ts';

/**
 * Whether the person has a portal account, and a way to invite them to claim this record as
 * their own account (the invitation mail carries a link valid for a week).
 */
export function PortalAccess({ c }: { c: Candidate }) {
  const invite = useMutation({
    mutationFn: () => api<{ invitationId: number }>(`/api/v1/candidates/${c.id}/invite`, { method: 'POST' }),
  });
  if (c.userId) return <p>Has a portal account: they follow their applications and interviews there.</p>;
  if (!c.email) return <p className="meta">No portal account. Add an email address to invite them.</p>;
  return (
    <div className="stack">
      <p>No portal account yet.</p>
      <div aria-live="polite">
        {invite.isSuccess ? (
          <p className="success">Invitation sent to {c.email}.</p>
        ) : invite.isError ? (
          <p className="error" role="alert">
            {errorMessage(invite.error)}
          </p>
        ) : null}
      </div>
      {invite.isSuccess ? null : (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => invite.mutate()}
            disabled={invite.isPending}
          >
            {invite.isPending ? 'Sending…' : 'Invite to the portal'}
          </button>
        </p>
      )}
    </div>
  );
}
