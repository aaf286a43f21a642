// The Spanish twin of /share/events/[id].png: the same endpoint; it reads its language from the address.
import { staticPaths } from '../../../../data/static-paths.ts';
export { GET } from '../../../share/events/[id].png.ts';
export const getStaticPaths = staticPaths('es').shareImages;
