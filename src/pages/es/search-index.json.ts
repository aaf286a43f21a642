// The Spanish twin of /search-index.json: the same endpoint; it reads its language from the address.
export { GET } from '../search-index.json.ts';
