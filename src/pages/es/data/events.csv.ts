// The Spanish twin of /data/events.csv: the same endpoint; it reads its language from the address.
export { GET } from '../../data/events.csv.ts';
