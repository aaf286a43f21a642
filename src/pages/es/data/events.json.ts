// The Spanish twin of /data/events.json: the same endpoint; it reads its language from the address.
export { GET } from '../../data/events.json.ts';
