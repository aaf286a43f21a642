// The e2e machinery itself: the static server behaves like a static host and the tag scanner
// reads attributes the way a browser does, so a failure elsewhere is the site's, not the harness's.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentTypeFor, listPages, pageType, representativePages, type StaticServer, startServer } from './harness.ts';
import { decodeEntities, scanStartTags } from './html-tags.ts';

let parent: string;
let site: string;
let server: StaticServer;

beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'e2e-harness-'));
  site = path.join(parent, 'site');
  const files: Record<string, string> = {
    'index.html': '<h1>home</h1>',
    '404.html': '<h1>not found</h1>',
    'events/a/index.html': '<h1>a</h1>',
    'data/events.json': '[]',
    'feed.xml': '<rss/>',
    'calendar.ics': 'BEGIN:VCALENDAR',
  };
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(site, name)), { recursive: true });
    await writeFile(path.join(site, name), body);
  }
  // A precompressed copy, and headers as a host reads them from _headers.
  await writeFile(path.join(site, 'feed.xml.br'), brotliCompressSync(Buffer.from('<rss/>')));
  await writeFile(path.join(site, '_headers'), '/events/*\n  X-Frame-Test: from _headers\n');
  // A file beside the site that must never be served.
  await writeFile(path.join(parent, 'secret.txt'), 'secret');
  server = await startServer(site);
});

afterAll(async () => {
  await server?.close();
  await rm(parent, { recursive: true, force: true });
});

/** A raw request, so paths like `/../x` reach the server unnormalised. */
function get(rawPath: string): Promise<{ status: number; type: string; location: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${server.origin}/`, { path: rawPath, timeout: 5_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), location: String(res.headers.location ?? ''), body }));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout on ${rawPath}`)));
    req.on('error', reject);
  });
}

describe('static server', () => {
  test.each([
    ['/', 200, 'text/html', 'home'],
    ['/events/a/', 200, 'text/html', '<h1>a</h1>'],
    ['/data/events.json', 200, 'application/json', '[]'],
    ['/feed.xml', 200, 'application/xml', '<rss/>'],
    ['/calendar.ics', 200, 'text/calendar', 'BEGIN:VCALENDAR'],
    ['/missing/', 404, 'text/html', 'not found'],
    ['/events/a/index.html?x=1', 200, 'text/html', '<h1>a</h1>'],
  ])('%s answers %i with %s', async (rawPath, status, type, body) => {
    const res = await get(rawPath);
    expect(res.status).toBe(status);
    expect(res.type).toContain(type);
    expect(res.body).toContain(body);
  });

  test('redirects a directory without its trailing slash', async () => {
    expect(await get('/events/a?q=1')).toMatchObject({ status: 301, location: '/events/a/?q=1' });
  });

  test.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%00', '/%E0%A4%A'])(
    'does not escape the site for %s',
    async (rawPath) => {
      const res = await get(rawPath);
      expect([400, 404]).toContain(res.status);
      expect(res.body).not.toContain('secret');
      expect(res.body).not.toContain('root:');
    },
  );

  test('sends the .br copy to a client that accepts brotli, the file itself otherwise', async () => {
    const fetchRaw = (encoding: string) =>
      new Promise<{ encoding: string; body: Buffer }>((resolve, reject) => {
        http.get(`${server.origin}/feed.xml`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: String(res.headers['content-encoding'] ?? ''), body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const br = await fetchRaw('gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe('<rss/>');
    const plain = await fetchRaw('gzip');
    expect(plain).toEqual({ encoding: '', body: Buffer.from('<rss/>') });
  });

  test('adds the headers that _headers gives the path', async () => {
    const headersOf = (p: string) => new Promise<http.IncomingHttpHeaders>((resolve, reject) => http.get(`${server.origin}${p}`, (res) => { res.resume(); resolve(res.headers); }).on('error', reject));
    expect((await headersOf('/events/a/'))['x-frame-test']).toBe('from _headers');
    expect((await headersOf('/'))['x-frame-test']).toBeUndefined();
  });

  test('content types for the site files', () => {
    expect(['a.css', 'a.js', 'a.svg', 'a.csv', 'a.txt', 'a.bin'].map(contentTypeFor)).toEqual([
      'text/css; charset=utf-8',
      'text/javascript; charset=utf-8',
      'image/svg+xml',
      'text/csv; charset=utf-8',
      'text/plain; charset=utf-8',
      'application/octet-stream',
    ]);
  });
});

describe('page discovery', () => {
  test('lists HTML files as URL paths', () => {
    expect(listPages(site)).toEqual(['/', '/404.html', '/events/a/']);
  });

  test.each([
    ['/', '/'],
    ['/events/a/', '/events/*/'],
    ['/events/', '/events/'],
    ['/years/2018/', '/years/*/'],
    ['/404.html', '/404.html'],
  ])('%s is of kind %s', (page, kind) => {
    expect(pageType(page)).toBe(kind);
  });

  test('picks one page of each kind', () => {
    expect(representativePages(listPages(site), site)).toEqual(['/', '/404.html', '/events/a/']);
  });
});

describe('start-tag scanner', () => {
  test.each([
    ['<a href="/x/">', 'a', 'href', '/x/'],
    ["<A HREF='/x/'>", 'a', 'href', '/x/'],
    ['<a href=/x/>', 'a', 'href', '/x/'],
    ['<a href = "/x/" href="/y/">', 'a', 'href', '/x/'],
    ['<a href="/x/?a=1&amp;b=2">', 'a', 'href', '/x/?a=1&b=2'],
    ['<a href="/&#120;/&#x79;/">', 'a', 'href', '/x/y/'],
    ['<img alt="a > b" src="/i.svg">', 'img', 'src', '/i.svg'],
    ['<input disabled value=x>', 'input', 'disabled', ''],
  ])('%s', (html, name, attr, value) => {
    const [tag] = scanStartTags(html);
    expect(tag?.name).toBe(name);
    expect(tag?.attrs.get(attr)).toBe(value);
  });

  test('skips comments, end tags and the contents of script and style', () => {
    const html = '<!doctype html><!-- <a href="/c/"> --><script>if (a<b) document.write("<a href=\'/s/\'>")</SCRIPT><style>a<b{}</style></p><a id="real">';
    expect(scanStartTags(html).map((t) => [t.name, [...t.attrs]])).toEqual([
      ['script', []],
      ['style', []],
      ['a', [['id', 'real']]],
    ]);
  });

  test('leaves unknown character references alone', () => {
    expect(decodeEntities('a &unknown; b & c &amp;')).toBe('a &unknown; b & c &');
  });
});
