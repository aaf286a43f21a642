// Site addresses: turning site-relative paths into absolute URLs under the site's root.

/**
 * Absolute address of a site-relative path. The path is resolved against the site root including
 * its base path, so `/events/x/` under `https://example.org/timeline/` stays under `/timeline/`.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(path.replace(/^\/+/, ''), root).href;
}
