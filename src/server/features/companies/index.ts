// What other features may use of companies.
export { companyExists } from './queries.ts';
export { registerCompanies } from './routes.ts';
