import { MyApplications } from '../applications/MyApplications.tsx';
import { useMe } from '../auth/session.ts';
import { SuggestedOpenings } from '../insights/SuggestedOpenings.tsx';
import { SharedNotes } from '../notes/SharedNotes.tsx';
import { Workspace } from './Workspace.tsx';

/** /app: job seekers see their applications, staff their workspace. */
export function Home() {
  const me = useMe().data;
  if (!me) return null; // RequireUser renders this only for someone signed in
  return me.role === 'candidate' ? (
    <>
      <MyApplications me={me} />
      <SuggestedOpenings heading="Openings that may suit you" />
      <SharedNotes />
    </>
  ) : (
    <Workspace me={me} />
  );
}
