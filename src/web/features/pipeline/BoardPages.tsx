import { Link, useParams, useSearchParams } from 'react-router';
import { label } from '../../../shared/vocabulary.ts';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage } from '../../ui/Status.tsx';
import { useOpening } from '../openings/queries.ts';
import { BoardScreen } from './BoardScreen.tsx';
import { filterParams, type PipelineFilter, readPipelineFilter } from './filters.ts';

/** The filter in the URL, and a way to change it (the URL is the one place it lives). */
function useUrlFilter(fixed: Partial<PipelineFilter> = {}) {
  const [params, setParams] = useSearchParams();
  const filter = { ...readPipelineFilter(params), ...fixed };
  const change = (next: Partial<PipelineFilter>) => {
    const merged = filterParams({ ...filter, ...next });
    for (const key of Object.keys(fixed)) merged.delete(key);
    setParams(merged);
  };
  return { filter, change };
}

/** Every opening's applications, a column per stage. */
export function PipelineBoard() {
  const { filter, change } = useUrlFilter();
  return (
    <Page
      title="Pipeline"
      actions={
        <Link className="button secondary" to={`/pipeline/list?${filterParams(filter)}`}>
          List view
        </Link>
      }
    >
      <BoardScreen filter={filter} onChange={change} showOpening />
    </Page>
  );
}

/** One opening's applications, reached from the opening's page. */
export function OpeningPipeline() {
  const id = Number(useParams().id);
  const opening = useOpening(id);
  const { filter, change } = useUrlFilter({ openingId: String(id) });
  const o = opening.data;
  return (
    <Page
      title={o ? `Pipeline: ${o.title}` : 'Pipeline'}
      back={<Link to={`/openings/${id}`}>{o ? `Back to ${o.title}` : 'Back to the opening'}</Link>}
      actions={
        <Link className="button secondary" to={`/pipeline/list?${filterParams(filter)}`}>
          List view
        </Link>
      }
    >
      {o ? (
        <p className="meta">
          {o.companyName} · <span className={`badge ${o.status}`}>{label(o.status)}</span> ·{' '}
          {o.positionsFilled} of {o.positions} {o.positions === 1 ? 'position' : 'positions'} filled
        </p>
      ) : null}
      {opening.isError ? <ErrorMessage error={opening.error} /> : null}
      <BoardScreen filter={filter} onChange={change} showOpening={false} />
    </Page>
  );
}
