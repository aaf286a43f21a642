// Astro configuration: a static site, strict about its content, with a strict Content-Security-Policy.
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/node/integration.ts';

export default defineConfig({
  // The public address; set SITE_URL when deploying so canonical links and feeds point there.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck()],
  devToolbar: { enabled: false },
});
