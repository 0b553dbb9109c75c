import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ImportBatch, UploadResult } from '../../../shared/imports.ts';
import { ApiError } from '../../api.ts';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { MappingStep } from './MappingStep.tsx';
import { PreviewStep } from './PreviewStep.tsx';
import { useImportBatch } from './queries.ts';
import { RunView } from './RunView.tsx';
import { UploadStep } from './UploadStep.tsx';

const STEPS = ['Choose a file', 'Match columns', 'Check rows', 'Import'] as const;
type Step = 'upload' | 'mapping' | 'preview' | 'run';

/** Where the wizard is: the URL names the batch and the step, so a reload returns to it. */
function currentStep(batch: ImportBatch | undefined, asked: string | null): Step {
  if (!batch) return 'upload';
  if (batch.status === 'running' || batch.status === 'done') return 'run';
  if (asked === 'mapping' || asked === 'preview') return asked;
  return batch.status === 'failed' ? 'run' : 'mapping';
}

function Steps({ step }: { step: Step }) {
  const at = ['upload', 'mapping', 'preview', 'run'].indexOf(step);
  return (
    <ol className="steps" aria-label="Steps of the import">
      {STEPS.map((name, i) => (
        <li key={name} aria-current={i === at ? 'step' : undefined} className={i < at ? 'done' : undefined}>
          {name}
        </li>
      ))}
    </ol>
  );
}

/** /app/import: upload a CSV of candidates or openings, match its columns, fix rows, import. */
export function ImportWizard() {
  const [params, setParams] = useSearchParams();
  const id = Number(params.get('batch')) || null;
  const batch = useImportBatch(id);
  // The first rows of the file, to show beside the mapping (known only right after the upload).
  const [uploaded, setUploaded] = useState<UploadResult | null>(null);
  const go = (next: { batch?: number; step?: Step }) => {
    const p = new URLSearchParams();
    const batchId = next.batch ?? id;
    if (batchId) p.set('batch', String(batchId));
    if (next.step) p.set('step', next.step);
    setParams(p);
  };
  const step = currentStep(batch.data, params.get('step'));

  let body: React.ReactNode;
  if (id === null)
    body = (
      <UploadStep
        onUploaded={(u) => {
          setUploaded(u);
          go({ batch: u.id, step: 'mapping' });
        }}
      />
    );
  else if (batch.isPending) body = <Loading label="Loading the import…" />;
  else if (batch.isError)
    body = (
      <ErrorMessage>
        {batch.error instanceof ApiError && batch.error.status === 404
          ? 'That import was not found. Start a new one.'
          : undefined}
      </ErrorMessage>
    );
  else if (step === 'mapping')
    body = (
      <MappingStep
        batch={batch.data}
        sampleRows={uploaded?.id === id ? uploaded.sampleRows : []}
        onSaved={() => go({ step: 'preview' })}
      />
    );
  else if (step === 'preview')
    body = <PreviewStep batch={batch.data} onBack={() => go({ step: 'mapping' })} onStarted={() => go({})} />;
  else body = <RunView batch={batch.data} onBack={() => go({ step: 'preview' })} />;

  return (
    <Page title="Import">
      <p className="lead">Add candidates or openings from a spreadsheet saved as CSV.</p>
      <Steps step={step} />
      {body}
    </Page>
  );
}
