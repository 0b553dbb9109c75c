import { Page } from '../../ui/Page.tsx';
import { AvailabilityEditor } from './AvailabilityEditor.tsx';
import { CalendarFeed } from './CalendarFeed.tsx';

/** /app/availability (staff): the hours I take interviews, and my private calendar link. */
export function MyAvailability() {
  return (
    <Page title="My availability">
      <p className="hint">Interview times are suggested inside these hours, around your other interviews.</p>
      <AvailabilityEditor url="/api/v1/me/availability" heading="My interview hours" />
      <CalendarFeed />
    </Page>
  );
}
