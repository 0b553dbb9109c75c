import { Link } from 'react-router';
import { Page, TableFrame } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { useCompanies } from './queries.ts';

export function CompanyList() {
  const companies = useCompanies();
  return (
    <Page
      title="Companies"
      actions={
        <Link className="button" to="/companies/new">
          New company
        </Link>
      }
    >
      <Async query={companies} loading="Loading companies…">
        {(list) =>
          list.length === 0 ? (
            <p>No client companies yet. Add the first one to post openings for it.</p>
          ) : (
            <TableFrame label="Companies">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Industry</th>
                    <th scope="col" className="number">
                      Open openings
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link to={`/companies/${c.id}`}>{c.name}</Link>
                      </td>
                      <td>{c.industry || '—'}</td>
                      <td className="number">{c.openOpenings}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          )
        }
      </Async>
    </Page>
  );
}
