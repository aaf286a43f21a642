// The Spanish twin of /share/site.png: the same endpoint; it reads its language from the address.
export { GET } from '../../share/site.png.ts';
