// The Spanish twin of /data/sources.json: the same endpoint; it reads its language from the address.
export { GET } from '../../data/sources.json.ts';
