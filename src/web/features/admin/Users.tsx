import type { Invitation } from '../../../shared/accounts.ts';
import { formatDate } from '../../ui/format.ts';
import { Page, TableFrame } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { InviteForm } from './InviteForm.tsx';
import { useInvitations, useUsers } from './queries.ts';

const ROLE_NAMES: Record<string, string> = {
  candidate: 'Job seeker',
  recruiter: 'Recruiter',
  admin: 'Admin',
};

function invitationState(i: Invitation): string {
  if (i.acceptedAt) return `Accepted ${formatDate(i.acceptedAt)}`;
  if (new Date(i.expiresAt).getTime() < Date.now()) return 'Expired';
  return `Waiting, until ${formatDate(i.expiresAt)}`;
}

function UserTable() {
  const users = useUsers();
  return (
    <Async query={users} loading="Loading users…">
      {(list) => (
        <TableFrame label="Users">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Email confirmed</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>{ROLE_NAMES[u.role] ?? u.role}</td>
                  <td>{u.emailVerified ? 'Yes' : 'Not yet'}</td>
                  <td>{formatDate(u.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </Async>
  );
}

function InvitationTable() {
  const invitations = useInvitations();
  return (
    <Async query={invitations} loading="Loading invitations…">
      {(list) =>
        list.length === 0 ? (
          <p>No invitations sent yet.</p>
        ) : (
          <TableFrame label="Invitations">
            <table>
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Sent</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {list.map((i) => (
                  <tr key={i.id}>
                    <td>{i.email}</td>
                    <td>{ROLE_NAMES[i.role] ?? i.role}</td>
                    <td>{formatDate(i.createdAt)}</td>
                    <td>{invitationState(i)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )
      }
    </Async>
  );
}

/** Admin: everyone with an account, and invitations for new staff. */
export function Users() {
  return (
    <Page title="Users">
      <UserTable />
      <section aria-labelledby="invite">
        <h2 id="invite">Invite a recruiter or admin</h2>
        <p>They get an email with a link to choose their name and password.</p>
        <InviteForm />
      </section>
      <section aria-labelledby="invitations">
        <h2 id="invitations">Invitations</h2>
        <InvitationTable />
      </section>
    </Page>
  );
}
