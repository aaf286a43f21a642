// oEmbed response for the timeline (a rich type: the embed iframe), discovered from the home page.
import type { APIRoute } from 'astro';
import { getSite } from '../../data/chronology.ts';
import { timelineFrame } from '../../data/embeds.ts';
import { absolute, paths, siteRoot } from '../../data/routes.ts';
import { embedIframe } from '../../lib/embed.ts';
import { oembedRich } from '../../lib/oembed.ts';
import { SHARE_IMAGE_SIZE } from '../../lib/share-card.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const frame = timelineFrame(site.title);
  const body = oembedRich({
    html: embedIframe(frame),
    width: frame.maxWidth,
    height: frame.height,
    title: site.title,
    providerName: site.title,
    providerUrl: siteRoot,
    thumbnail: { url: absolute(paths.shareImage()), ...SHARE_IMAGE_SIZE },
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
