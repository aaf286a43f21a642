// The Spanish twin of /oembed/timeline.json: the same endpoint; it reads its language from the address.
export { GET } from '../../oembed/timeline.json.ts';
