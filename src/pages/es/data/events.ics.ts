// The Spanish twin of /data/events.ics: the same endpoint; it reads its language from the address.
export { GET } from '../../data/events.ics.ts';
