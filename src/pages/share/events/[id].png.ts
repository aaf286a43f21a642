// The share image (1200×630 PNG) of each event, rendered at build from shipped fonts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/chronology.ts';
import { eventShareCard } from '../../../data/share.ts';
import type { EventRecord } from '../../../lib/records.ts';
import { shareImage } from '../../../node/share-image.ts';
import { eventPaths } from '../../../data/static-paths.ts';

export const getStaticPaths = eventPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { event } = props as { event: EventRecord };
  const png = await shareImage(await eventShareCard(event, await getSite()));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
