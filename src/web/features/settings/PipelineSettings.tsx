import { Page } from '../../ui/Page.tsx';
import { AccessSetting } from './AccessSetting.tsx';
import { StageList } from './StageList.tsx';

/** /app/settings/pipeline (admins): the stages applications move through, and recruiter access. */
export function PipelineSettings() {
  return (
    <Page title="Pipeline settings">
      <StageList />
      <AccessSetting />
    </Page>
  );
}
