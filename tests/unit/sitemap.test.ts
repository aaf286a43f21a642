import { describe, expect, it } from 'vitest';
import { dropFromSitemap, isNoindex, pagePath } from '../../src/lib/sitemap.ts';

const XML =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
  '<url><loc>https://example.org/t/</loc></url>' +
  '<url><loc>https://example.org/t/events/old/</loc></url>' +
  '<url><loc>https://example.org/t/events/new/</loc><xhtml:link rel="alternate" hreflang="es" href="https://example.org/t/es/events/new/"/></url>' +
  '</urlset>';

describe('sitemap pruning', () => {
  it.each([
    ['<meta name="robots" content="noindex" />', true],
    ['<meta slot="head" name="robots" content="noindex, follow">', true],
    ['<meta name="robots" content="index">', false],
    ['<meta name="description" content="noindex is a word">', false],
    ['<p>noindex</p>', false],
  ])('isNoindex(%s) is %s', (html, expected) => {
    expect(isNoindex(html)).toBe(expected);
  });

  it.each([
    ['index.html', '/', '/'],
    ['events/x/index.html', '/', '/events/x/'],
    ['events/x/index.html', '/t/', '/t/events/x/'],
    ['404.html', '/t', '/t/404.html'],
  ])('pagePath(%s, %s) is %s', (file, base, expected) => {
    expect(pagePath(file, base)).toBe(expected);
  });

  it('drops exactly the listed pages, keeping the others whole', () => {
    const out = dropFromSitemap(XML, new Set(['/t/events/old/']));
    expect(out).not.toContain('/events/old/');
    expect(out).toContain('<url><loc>https://example.org/t/</loc></url>');
    expect(out).toContain('hreflang="es"');
    expect(out.match(/<url>/g)).toHaveLength(2);
    expect(dropFromSitemap(XML, new Set())).toBe(XML);
  });
});
