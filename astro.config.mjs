// Astro configuration: a static site, strict about its content, with a sitemap.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/node/integration.ts';

export default defineConfig({
  // The public address; set SITE_URL when deploying so canonical links, feeds and data point there.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), sitemap()],
  devToolbar: { enabled: false },
});
