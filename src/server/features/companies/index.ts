// What other features may use of companies.
export { companyExists, insertCompany, listCompanies } from './queries.ts';
export { registerCompanies } from './routes.ts';
