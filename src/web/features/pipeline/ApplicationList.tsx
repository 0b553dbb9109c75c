import { Link, useSearchParams } from 'react-router';
import { Page } from '../../ui/Page.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { Async, Loading } from '../../ui/Status.tsx';
import { ApplicationTable } from './ApplicationTable.tsx';
import { BulkMoveBar } from './BulkMoveBar.tsx';
import { filterParams, isFiltered, type ListFilter, nextSort, readListFilter } from './filters.ts';
import { PipelineFeedback } from './PipelineFeedback.tsx';
import { PipelineFilters } from './PipelineFilters.tsx';
import { type ApplicationPage, useApplicationList, useStages } from './queries.ts';
import { type Movable, useMover } from './useMover.ts';
import { useSelection } from './useSelection.ts';

const movable = (result: ApplicationPage): Movable[] =>
  result.results.map((a) => ({
    applicationId: a.id,
    candidateName: a.candidateName,
    openingId: a.openingId,
    openingTitle: a.openingTitle,
  }));

function Results(props: {
  result: ApplicationPage;
  filter: ListFilter;
  onChange: (n: Partial<ListFilter>) => void;
}) {
  const { result, filter } = props;
  const stages = useStages();
  const mover = useMover();
  const selection = useSelection(movable(result));
  return (
    <>
      <PipelineFeedback mover={mover} />
      <BulkMoveBar
        selected={selection.cards}
        stages={stages.data ?? []}
        mover={mover}
        onMoved={selection.clear}
        onClear={selection.clear}
      />
      <p role="status" className="result-count">
        {result.total === 1 ? '1 application' : `${result.total} applications`}
        {isFiltered(filter) || filter.stageId ? ' match the filters' : ''}
      </p>
      {result.results.length ? (
        <ApplicationTable
          applications={result.results}
          sort={filter.sort}
          dir={filter.dir}
          onSort={(key) => props.onChange({ ...nextSort(filter, key), page: 1 })}
          selected={selection.ids}
          onToggle={selection.toggle}
          onToggleAll={(on) =>
            selection.setAll(
              result.results.map((a) => a.id),
              on,
            )
          }
        />
      ) : (
        <p>Try fewer words or another filter.</p>
      )}
      <Pagination
        page={filter.page}
        total={result.total}
        pageSize={result.pageSize}
        label="Pages of applications"
        href={(page) => `?${filterParams({ ...filter, page })}`}
      />
    </>
  );
}

/** Applications as a table: every filter of the board plus stage, sorted and paged. */
export function ApplicationList() {
  const [params, setParams] = useSearchParams();
  const filter = readListFilter(params);
  const list = useApplicationList(filter);
  const stages = useStages();
  // A new filter starts again at page 1; sorting keeps the filter.
  const change = (next: Partial<ListFilter>) => setParams(filterParams({ ...filter, page: 1, ...next }));
  const boardParams = filterParams({ ...filter, stageId: '', sort: 'entered', dir: 'desc', page: 1 });
  return (
    <Page
      title="Applications"
      actions={
        <Link className="button secondary" to={`/pipeline?${boardParams}`}>
          Board view
        </Link>
      }
    >
      <PipelineFilters
        key={filter.q}
        filter={filter}
        onChange={change}
        showOpening
        stages={stages.data ?? []}
      />
      {list.isPlaceholderData && list.isFetching ? <Loading label="Updating the list…" /> : null}
      <Async query={list} loading="Loading applications…">
        {(result) => <Results result={result} filter={filter} onChange={change} />}
      </Async>
    </Page>
  );
}
