// The Spanish twin of /data/events.schema.json: the same endpoint; it reads its language from the address.
export { GET } from '../../data/events.schema.json.ts';
