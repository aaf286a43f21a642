// The share image (1200×630 PNG) of each event, rendered at build from shipped fonts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/chronology.ts';
import { eventShareCard } from '../../../data/share.ts';
import type { EventRecord } from '../../../lib/records.ts';
import { shareImage } from '../../../node/share-image.ts';
import { shareImagePaths } from '../../../data/static-paths.ts';
import { pageLocale } from '../../../data/i18n.ts';

// Up to the paging threshold only: past it, event pages name the site's image.
export const getStaticPaths = shareImagePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, url }) => {
  const { event } = props as { event: EventRecord };
  const locale = pageLocale({ url });
  const png = await shareImage(await eventShareCard(event, await getSite(locale), locale));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
