// The Spanish twin of /search-index/<name>.json: the same endpoint; it reads its language from the address.
import { chunkPaths } from '../../search-index/[chunk].json.ts';
export { GET } from '../../search-index/[chunk].json.ts';
export const getStaticPaths = chunkPaths('es');
