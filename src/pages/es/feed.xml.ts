// The Spanish twin of /feed.xml: the same endpoint; it reads its language from the address.
export { GET } from '../feed.xml.ts';
