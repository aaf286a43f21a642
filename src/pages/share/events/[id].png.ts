// The share image (1200×630 PNG) of each event, rendered at build from shipped fonts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology, getSite } from '../../../data/chronology.ts';
import { eventShareCard } from '../../../data/share.ts';
import type { EventRecord } from '../../../lib/records.ts';
import { shareImage } from '../../../node/share-image.ts';

export const getStaticPaths = (async () => {
  const { events } = await getChronology();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { event } = props as { event: EventRecord };
  const png = await shareImage(await eventShareCard(event, await getSite()));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
