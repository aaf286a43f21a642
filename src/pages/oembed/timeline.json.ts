// oEmbed response for the timeline (a rich type: the embed iframe), discovered from the home page.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/chronology.ts';
import { timelineFrame } from '../../data/embeds.ts';
import { absolute, paths } from '../../data/routes.ts';
import { pageLocale } from '../../data/i18n.ts';
import { embedIframe } from '../../lib/embed.ts';
import { oembedRich } from '../../lib/oembed.ts';
import { SHARE_IMAGE_SIZE } from '../../lib/share-card.ts';

export const GET: APIRoute = async ({ url }) => {
  const locale = pageLocale({ url });
  const site = await getSite(locale);
  const frame = timelineFrame(site.title, '', locale);
  const body = oembedRich({
    html: embedIframe(frame),
    width: frame.maxWidth,
    height: frame.height,
    title: site.title,
    providerName: site.title,
    providerUrl: absolute(paths.home(), locale),
    thumbnail: { url: absolute(paths.shareImage(), locale), ...SHARE_IMAGE_SIZE },
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
