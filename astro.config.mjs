// Astro configuration: a static site, strict about its content, with a sitemap and a strict CSP.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/node/integration.ts';
import { parseSiteAddress } from './src/lib/routes.ts';
import { isEmbedRequestPath } from './src/lib/headers-policy.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locale.ts';

// The public address, origin and base path together: SITE_URL=https://example.org/projects/timeline/
// publishes every link, feed and data file under /projects/timeline/. Unset, it is this machine.
export const DEFAULT_SITE_URL = 'http://localhost:4321/';
const address = parseSiteAddress(process.env.SITE_URL || DEFAULT_SITE_URL);

export default defineConfig({
  site: address.origin,
  base: address.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // English at the root, every other language under its own folder (/es/): pages read their language
  // from Astro.currentLocale (src/data/i18n.ts) and link through the routes module.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Embeds are copies of pages for other sites' frames (noindex): not in the sitemap. Each page lists
  // its twins in the other languages (hreflang alternates).
  integrations: [
    contentCheck(),
    sitemap({
      filter: (page) => !isEmbedRequestPath(address.base, new URL(page).pathname),
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
    }),
  ],
  devToolbar: { enabled: false },
  // Islands' scripts are named after their component ("/_astro/TimelineSearch.DphPo0oG.js"), not
  // Vite's long virtual-module names, which every page that loads them repeats.
  vite: {
    environments: {
      client: {
        build: {
          rollupOptions: {
            output: {
              entryFileNames: (chunk) => `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '')}.[hash].js`,
              // The islands' small shared helpers (their words, the event card's parts) ride in one
              // chunk, not one file each: a request fewer when the search or the overview starts.
              codeSplitting: { groups: [{ name: (id) => (/src\/client\/(ui-text|card)\.ts$/.test(id) ? 'ui-text' : null) }] },
            },
          },
        },
      },
    },
  },
  // No code blocks in the content; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // Astro hashes its own processed scripts and styles into a <meta> policy on every page; nothing
  // else may run, and nothing may load from another origin. default-src 'self' already covers
  // fetches (the search index) and fonts, so only what differs from it is listed.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
