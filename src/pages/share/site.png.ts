// The site's share image (1200×630 PNG), for the timeline and every page without one of its own.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/chronology.ts';
import { siteShareCard } from '../../data/share.ts';
import { shareImage } from '../../node/share-image.ts';
import { pageLocale } from '../../data/i18n.ts';

export const GET: APIRoute = async ({ url }) => {
  const locale = pageLocale({ url });
  const png = await shareImage(await siteShareCard(await getSite(locale), locale));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
