// The one place the search code gets FlexSearch from. The site build aliases 'flexsearch' to its compact
// build (same Index and export/import code, without the Document, Worker and storage parts we do not use).
export { Index } from 'flexsearch';
