// Resume versions: files with their text extracted for candidate search.
export { extractResumeText } from './extract.ts';
export { addResume, listResumes, type StoredResume } from './queries.ts';
export { registerResumes } from './routes.ts';
