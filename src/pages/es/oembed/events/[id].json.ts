// The Spanish twin of /oembed/events/[id].json: the same endpoint; it reads its language from the address.
import { staticPaths } from '../../../../data/static-paths.ts';
export { GET } from '../../../oembed/events/[id].json.ts';
export const getStaticPaths = staticPaths('es').events;
