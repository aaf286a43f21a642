// oEmbed response for one event (a rich type: the event's embed card), discovered from its page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/chronology.ts';
import { eventFrame } from '../../../data/embeds.ts';
import { absolute, localized, paths } from '../../../data/routes.ts';
import { pageLocale } from '../../../data/i18n.ts';
import { embedIframe } from '../../../lib/embed.ts';
import { oembedRich } from '../../../lib/oembed.ts';
import type { EventRecord } from '../../../lib/records.ts';
import { SHARE_IMAGE_SIZE } from '../../../lib/share-card.ts';
import { eventPaths } from '../../../data/static-paths.ts';
import { eventShareImage } from '../../../data/share.ts';

export const getStaticPaths = eventPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, url }) => {
  const { event } = props as { event: EventRecord };
  const locale = pageLocale({ url });
  const site = await getSite(locale);
  const frame = eventFrame(event, locale);
  const body = oembedRich({
    html: embedIframe(frame),
    width: frame.maxWidth,
    height: frame.height,
    title: event.title,
    providerName: site.title,
    providerUrl: absolute(paths.home(), locale),
    thumbnail: { url: absolute((await eventShareImage(event, site, locale))?.path ?? localized(paths.shareImage(), locale), locale), ...SHARE_IMAGE_SIZE },
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
