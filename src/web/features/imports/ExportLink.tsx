/**
 * "Export CSV": a plain download link to an export with the list's current filters. The
 * server applies the same filters to every page and the viewer's access scope.
 */
export function ExportLink(props: { what: 'candidates' | 'openings' | 'applications'; filters: object }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(props.filters))
    if (value !== '' && value !== undefined && value !== null && key !== 'page')
      params.set(key, String(value));
  const qs = params.toString();
  return (
    <a className="button secondary" href={`/api/v1/exports/${props.what}.csv${qs ? `?${qs}` : ''}`} download>
      Export CSV
    </a>
  );
}
