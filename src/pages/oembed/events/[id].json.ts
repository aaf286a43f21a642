// oEmbed response for one event (a rich type: the event's embed card), discovered from its page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/chronology.ts';
import { eventFrame } from '../../../data/embeds.ts';
import { absolute, paths, siteRoot } from '../../../data/routes.ts';
import { embedIframe } from '../../../lib/embed.ts';
import { oembedRich } from '../../../lib/oembed.ts';
import type { EventRecord } from '../../../lib/records.ts';
import { SHARE_IMAGE_SIZE } from '../../../lib/share-card.ts';
import { eventPaths } from '../../../data/static-paths.ts';
import { eventShareImage } from '../../../data/share.ts';

export const getStaticPaths = eventPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { event } = props as { event: EventRecord };
  const site = await getSite();
  const frame = eventFrame(event);
  const body = oembedRich({
    html: embedIframe(frame),
    width: frame.maxWidth,
    height: frame.height,
    title: event.title,
    providerName: site.title,
    providerUrl: siteRoot,
    thumbnail: { url: absolute((await eventShareImage(event, site))?.path ?? paths.shareImage()), ...SHARE_IMAGE_SIZE },
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
