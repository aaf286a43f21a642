// Link previews and embeds from the built site: every event page and the timeline name their oEmbed
// response (which follows oEmbed 1.0 for a rich type) and a 1200×630 PNG share image that exists.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { delocalized, paths } from '../../src/lib/routes.ts';
import { scanStartTags, type StartTag } from './html-tags.ts';
import { listPages, pageFile, requireDist } from './harness.ts';

const DIST = requireDist();
const events = (JSON.parse(readFileSync(path.join(DIST, 'data', 'events.json'), 'utf8')) as { events: { id: string; title: string }[] }).events;

/** The file in dist an absolute address of the build points at. */
function distFile(url: string): string {
  return path.join(DIST, ...new URL(url).pathname.split('/').filter(Boolean));
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function head(pagePath: string): StartTag[] {
  const html = readFileSync(pageFile(pagePath, DIST), 'utf8');
  return scanStartTags(html.slice(0, html.indexOf('</head>')));
}
const meta = (tags: StartTag[], key: string): string | undefined =>
  tags.find((t) => t.name === 'meta' && (t.attrs.get('property') === key || t.attrs.get('name') === key))?.attrs.get('content');

const OEMBED_RICH_REQUIRED = ['type', 'version', 'html', 'width', 'height'] as const;

describe.each([
  ...events.map((e) => ({ page: paths.event(e.id), title: e.title, embed: paths.embedEvent(e.id) })),
  { page: paths.home(), title: undefined, embed: paths.embed() },
])('$page', ({ page, title, embed }) => {
  const tags = head(page);

  test('oEmbed discovery: one JSON link whose response is a valid rich type framing the embed', () => {
    const links = tags.filter((t) => t.name === 'link' && t.attrs.get('rel')?.split(/\s+/).includes('alternate') && t.attrs.get('type') === 'application/json+oembed');
    expect(links).toHaveLength(1);
    const href = links[0]!.attrs.get('href')!;
    expect(href, 'the spec requires an absolute address').toMatch(/^https?:\/\//);
    expect(links[0]!.attrs.get('title')).toBeTruthy();
    const body = JSON.parse(readFileSync(distFile(href), 'utf8')) as Record<string, unknown>;
    for (const key of OEMBED_RICH_REQUIRED) expect(body, key).toHaveProperty(key);
    expect(body['type']).toBe('rich');
    expect(body['version']).toBe('1.0');
    for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) expect(Number.isInteger(body[key]) && (body[key] as number) > 0, key).toBe(true);
    if (title !== undefined) expect(body['title']).toBe(title);
    const iframe = scanStartTags(String(body['html'])).filter((t) => t.name === 'iframe');
    expect(iframe).toHaveLength(1);
    expect(new URL(iframe[0]!.attrs.get('src')!).pathname).toBe(embed);
    expect(Number(iframe[0]!.attrs.get('height'))).toBe(body['height']);
    expect(pngSize(distFile(String(body['thumbnail_url'])))).toEqual({ width: body['thumbnail_width'], height: body['thumbnail_height'] });
  });

  test('share image: og:image is a 1200×630 PNG, with its size, alternative text and a large card', () => {
    const image = meta(tags, 'og:image');
    expect(image).toMatch(/^https?:\/\/.*\.png$/);
    expect(pngSize(distFile(image!))).toEqual({ width: 1200, height: 630 });
    expect(meta(tags, 'og:image:width')).toBe('1200');
    expect(meta(tags, 'og:image:height')).toBe('630');
    expect(meta(tags, 'og:image:alt')?.length).toBeGreaterThan(10);
    if (title !== undefined) expect(meta(tags, 'og:image:alt')).toContain(title);
    expect(meta(tags, 'twitter:card')).toBe('summary_large_image');
  });
});

test('every page names a share image that exists', () => {
  for (const page of listPages(DIST)) {
    const image = meta(head(page), 'og:image');
    if (delocalized(new URL(`http://x${page}`).pathname).startsWith(paths.embed())) continue;
    expect(image, page).toBeDefined();
    expect(pngSize(distFile(image!)), page).toEqual({ width: 1200, height: 630 });
  }
});
