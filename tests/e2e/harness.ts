// Shared end-to-end machinery: find the built pages in dist/, serve them, drive headless Chromium.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripBase, withBase } from '../../src/lib/routes.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';

/** The built site. E2E_DIST points the suite at another build (a fixture site, a deploy preview). */
export const DIST = process.env.E2E_DIST
  ? path.resolve(process.env.E2E_DIST)
  : fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * The base path the build under test was made for (E2E_BASE=/projects/timeline/ with a build for
 * SITE_URL=https://example.org/projects/timeline/). The server mounts the site there, as a host would.
 */
export const BASE = withBase(process.env.E2E_BASE ?? '/', '/');

/** The address a site-relative path (`/events/x/`) is served at under BASE. */
export function sitePath(pagePath: string): string {
  return withBase(BASE, pagePath);
}

/** The site-relative path of a served address, or null when it is outside the base path. */
export function pathInSite(pathname: string): string | null {
  return pathname.startsWith(BASE) ? stripBase(BASE, pathname) : null;
}

/** Where the browser comes from: Debian's chromium unless CHROME_PATH says otherwise. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Upper bounds, so a hung browser or page fails one test instead of the whole run. */
export const LIMITS = { launchMs: 30_000, navigationMs: 15_000, actionMs: 10_000, pageMs: 30_000 } as const;

/** Rejects with a message naming `what` if `promise` takes longer than `ms` (page.evaluate has no timeout of its own). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Fails with the fix in the message when there is no built site to test. */
export function requireDist(): string {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No built site at ${DIST} (no index.html): run \`npm run build\` first; the e2e tests read dist/ and do not build it.`);
  }
  return DIST;
}

/** Every HTML page in dist as the URL path that serves it: `/`, `/events/x/`, `/404.html`, sorted. */
export function listPages(root = requireDist()): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** The file in dist that a page path from listPages() comes from. */
export function pageFile(pagePath: string, root = DIST): string {
  return path.join(root, ...pagePath.split('/').filter(Boolean), ...(pagePath.endsWith('/') ? ['index.html'] : []));
}

/** The 404 page is reached through a path that does not exist, as a visitor would. */
export const NOT_FOUND_PAGE = '/404.html';
export const MISSING_PATH = '/e2e-no-such-page/';

/** A language's own 404 page (`/es/404.html`), reached through a missing path under its folder. */
function languageNotFound(pagePath: string): string | undefined {
  return /^\/[a-z]{2}\/404\.html$/.test(pagePath) ? pagePath.slice(0, 4) : undefined;
}

/** The path to request for a page: a 404 page through a missing path, every other page as itself. */
export function visitPath(pagePath: string): string {
  const language = languageNotFound(pagePath);
  if (language) return `${language}${MISSING_PATH.slice(1)}`;
  return pagePath === NOT_FOUND_PAGE ? MISSING_PATH : pagePath;
}

/** The status a page should answer with. */
export function expectedStatus(pagePath: string): number {
  return pagePath === NOT_FOUND_PAGE || languageNotFound(pagePath) ? 404 : 200;
}

/** A page's kind from its path: every `/events/<id>/` page is one kind; `/disputes/` and `/` are their own. */
export function pageType(pagePath: string): string {
  // A page in another language (`/es/events/x/`) is of its own kind, named like the English kind.
  const language = /^\/(es)(\/|$)/.exec(pagePath)?.[1];
  if (language) return `/${language}${pageType(pagePath.slice(language.length + 1) || '/')}`.replace(/\/\/$/, '/');
  const segments = pagePath.split('/').filter(Boolean);
  return segments.length >= 2 ? `/${segments[0]}/*/` : pagePath;
}

/** One page of each kind: the largest file, so the richest markup stands for its kind. */
export function representativePages(pages: string[], root = DIST): string[] {
  const best = new Map<string, { page: string; size: number }>();
  for (const page of pages) {
    const size = statSync(pageFile(page, root)).size;
    const type = pageType(page);
    const current = best.get(type);
    if (!current || size > current.size) best.set(type, { page, size });
  }
  return [...best.values()].map((b) => b.page).sort();
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** The Content-Type the server sends for a file name. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

async function isFile(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isFile(), () => false);
}
async function isDirectory(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isDirectory(), () => false);
}

/**
 * Serves `root` like a plain static host: `/dir/` → `dir/index.html`, `/dir` → 301 to `/dir/`,
 * anything missing → the nearest `404.html` above it (`es/404.html` under `/es/`, as Cloudflare Pages
 * looks for it) with status 404. Paths are confined to `root`.
 * `nosniff` makes the browser refuse a script or stylesheet sent with the wrong type.
 */
export async function startServer(root = requireDist()): Promise<StaticServer> {
  const base = path.resolve(root);
  // The headers the site ships (dist/_headers), sent as Netlify or Cloudflare Pages would send them.
  const headerFile = path.join(base, '_headers');
  const shipped = (await isFile(headerFile)) ? parseHeadersFile(await readFile(headerFile, 'utf8')) : [];
  // A precompressed copy beside the file (`index.html.br`) is sent to a client that accepts it, as
  // hosts that serve precompressed files do; so the browser suite reads what readers download.
  const encodingFor = async (file: string, accept: string): Promise<{ path: string; encoding?: string }> => {
    for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']] as const) {
      if (new RegExp(`\\b${encoding}\\b`).test(accept) && (await isFile(file + ext))) return { path: file + ext, encoding };
    }
    return { path: file };
  };
  const send = async (res: http.ServerResponse, status: number, file: string | null, head: boolean, pathname = '/'): Promise<void> => {
    const chosen = file ? await encodingFor(file, String(res.req.headers['accept-encoding'] ?? '')) : null;
    const body = chosen ? await readFile(chosen.path) : Buffer.from(`${status}\n`);
    res.writeHead(status, {
      ...headersFor(shipped, pathname),
      'Content-Type': file ? contentTypeFor(file) : 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(chosen?.encoding ? { 'Content-Encoding': chosen.encoding, Vary: 'Accept-Encoding' } : {}),
    });
    res.end(head ? undefined : body);
  };
  const notFound = async (res: http.ServerResponse, head: boolean, pathname = '/'): Promise<void> => {
    const folder = /^\/([a-z]{2})\//.exec(pathname)?.[1];
    const own = folder ? path.join(base, folder, '404.html') : undefined;
    const page = own && (await isFile(own)) ? own : path.join(base, '404.html');
    await send(res, 404, (await isFile(page)) ? page : null, head);
  };

  const server = http.createServer((req, res) => {
    const handle = async (): Promise<void> => {
      const head = req.method === 'HEAD';
      if (req.method !== 'GET' && !head) {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://placeholder');
      const inSite = pathInSite(url.pathname);
      if (inSite === null) {
        await notFound(res, head);
        return;
      }
      let decoded: string;
      try {
        decoded = decodeURIComponent(inSite);
      } catch {
        await send(res, 400, null, head);
        return;
      }
      // Normalising before joining turns `/../x` into `/x`; the prefix test catches anything left.
      const normalized = path.posix.normalize(decoded);
      const target = path.join(base, normalized);
      if (decoded.includes('\0') || decoded.includes('\\') || (target !== base && !target.startsWith(base + path.sep))) {
        await notFound(res, head);
        return;
      }
      if (await isDirectory(target)) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        const index = path.join(target, 'index.html');
        if (await isFile(index)) await send(res, 200, index, head, url.pathname);
        else await notFound(res, head, normalized);
        return;
      }
      if (await isFile(target)) await send(res, 200, target, head, url.pathname);
      else await notFound(res, head, normalized);
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Headless Chromium with no network chatter of its own; playwright gives each launch a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`No Chromium at ${CHROME_PATH}: install it (apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.`);
  }
  return chromium.launch({
    executablePath: CHROME_PATH,
    timeout: LIMITS.launchMs,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A browser context for the site: requests to any other origin are recorded by openPage and
 * aborted here, so a stray font or analytics call fails fast instead of waiting on the network.
 */
export async function newSiteContext(browser: Browser, server: StaticServer, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  context.setDefaultTimeout(LIMITS.actionMs);
  context.setDefaultNavigationTimeout(LIMITS.navigationMs);
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => route.abort('blockedbyclient'),
  );
  // Runs before any page script and outside the page's CSP, so it sees every violation.
  await context.addInitScript(() => {
    const log: string[] = [];
    Object.defineProperty(window, '__e2eCspViolations', { value: log });
    document.addEventListener('securitypolicyviolation', (e) => {
      log.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''}`);
    });
  });
  return context;
}

export interface PageProblems {
  /** console.error calls and uncaught exceptions. */
  consoleErrors: string[];
  /** Subresources that failed or answered 400 or more. */
  failedRequests: string[];
  /** Anything fetched from an origin other than the test server. */
  foreignRequests: string[];
  /** Content-Security-Policy violations, from the DOM event and from console messages. */
  cspViolations: string[];
}

/** A tab that records what goes wrong on each page it visits; reusing one tab is much faster than opening one per page. */
export interface PageProbe {
  page: Page;
  /** Navigates to `pagePath` and starts a fresh record; returns the main document's response (after redirects). */
  goto(pagePath: string): Promise<Response | null>;
  /** Everything recorded since the last goto; call after the interactions under test. */
  problems(): Promise<PageProblems>;
}

const IGNORED_SCHEMES = ['data:', 'blob:', 'about:', 'chrome-extension:'];

/** A new tab in `context` with listeners for console errors, failed and foreign requests, CSP violations. */
export async function createProbe(context: BrowserContext, server: StaticServer): Promise<PageProbe> {
  const page = await context.newPage();
  let record: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] };
  const isForeign = (url: string): boolean => !IGNORED_SCHEMES.some((s) => url.startsWith(s)) && new URL(url).origin !== server.origin;
  const local = (url: string): string => (url.startsWith(server.origin) ? url.slice(server.origin.length) : url);

  page.on('console', (message) => {
    const text = message.text();
    // Chromium also logs each failed load and CSP block as a console error; those are reported,
    // more precisely, as failed requests (or the expected 404 of the document) and CSP violations.
    if (/content security policy/i.test(text)) record.cspViolations.push(text);
    else if (text.startsWith('Failed to load resource')) return;
    else if (message.type() === 'error') {
      const where = message.location().url ? ` (${local(message.location().url)}:${message.location().lineNumber})` : '';
      record.consoleErrors.push(`${text}${where}`);
    }
  });
  page.on('pageerror', (error) => record.consoleErrors.push(`uncaught ${error.name}: ${error.message}`));
  page.on('request', (request) => {
    if (isForeign(request.url())) record.foreignRequests.push(`${request.resourceType()} ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (!isForeign(request.url())) record.failedRequests.push(`${request.resourceType()} ${local(request.url())}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    const request = response.request();
    const isDocument = request.isNavigationRequest() && request.frame() === page.mainFrame();
    if (!isDocument && response.status() >= 400) record.failedRequests.push(`${request.resourceType()} ${local(response.url())}: HTTP ${response.status()}`);
  });

  return {
    page,
    goto: async (pagePath) => {
      record = { consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] };
      return page.goto(server.origin + sitePath(pagePath), { waitUntil: 'load' });
    },
    problems: async () => {
      // Two frames after load: late console messages and violation events have been delivered.
      // (With JavaScript disabled the init script never ran, and there is nothing to read.)
      const fromDom = await page
        .evaluate(async () => {
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return [...((window as unknown as { __e2eCspViolations?: string[] }).__e2eCspViolations ?? [])];
        })
        .catch(() => [] as string[]);
      return {
        consoleErrors: [...record.consoleErrors],
        failedRequests: [...record.failedRequests],
        foreignRequests: [...record.foreignRequests],
        cspViolations: [...fromDom, ...record.cspViolations],
      };
    },
  };
}

export interface OpenedPage {
  page: Page;
  /** The main document's response (after redirects). */
  response: Response | null;
  /** Reads everything recorded so far; call after the interactions under test. */
  problems(): Promise<PageProblems>;
}

/** Opens `pagePath` in a new tab of `context` and records what went wrong while it loaded. */
export async function openPage(context: BrowserContext, server: StaticServer, pagePath: string): Promise<OpenedPage> {
  const probe = await createProbe(context, server);
  const response = await probe.goto(pagePath);
  return { page: probe.page, response, problems: probe.problems };
}

/** Runs `work` over `items`, each worker (say, a reusable tab) taking one item at a time; results keep input order. */
export async function mapWithWorkers<W, T, R>(workers: readonly W[], items: readonly T[], work: (worker: W, item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    workers.map(async (worker) => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(worker, items[i] as T);
      }
    }),
  );
  return results;
}
