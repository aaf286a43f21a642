// The Spanish twin of /data/citations.csv: the same endpoint; it reads its language from the address.
export { GET } from '../../data/citations.csv.ts';
