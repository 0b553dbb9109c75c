import { Page } from '../../ui/Page.tsx';
import { AccessSetting } from './AccessSetting.tsx';
import { ReminderSetting } from './ReminderSetting.tsx';
import { StageList } from './StageList.tsx';

/** /app/settings/pipeline (admins): the pipeline's stages, recruiter access, and interview reminders. */
export function PipelineSettings() {
  return (
    <Page title="Settings">
      <StageList />
      <AccessSetting />
      <ReminderSetting />
    </Page>
  );
}
