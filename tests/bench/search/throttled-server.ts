// A static server that plays a slow mobile link itself: each response waits one round trip, then shares
// one link of fixed bandwidth with the others. Done here rather than by DevTools emulation, which
// misses requests made from Web Workers (Pagefind searches in one). Counts the bytes it sends.
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { contentTypeFor } from '../../e2e/harness.ts';

export interface ThrottledServer {
  origin: string;
  /** Bytes (bodies plus about 200 bytes of headers each) and requests since the last reset. */
  sent(): { bytes: number; requests: number };
  reset(): void;
  close(): Promise<void>;
}

const HEADER_BYTES = 200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const isFile = (p: string) => stat(p).then((s) => s.isFile(), () => false);

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const file = path.join(root, decodeURIComponent(pathname));
  if (!file.startsWith(root)) return null;
  if (await isFile(file)) return file;
  const index = path.join(file, 'index.html');
  return (await isFile(index)) ? index : null;
}

export async function startThrottledServer(root: string, link: { latencyMs: number; bitsPerSecond: number }): Promise<ThrottledServer> {
  const base = path.resolve(root);
  let bytes = 0;
  let requests = 0;
  let linkFreeAt = 0;
  const server = http.createServer((req, res) => {
    void (async () => {
      const file = await resolveFile(base, new URL(req.url ?? '/', 'http://x').pathname);
      const br = file && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')) && (await isFile(`${file}.br`));
      const body = file ? await readFile(br ? `${file}.br` : file) : Buffer.from('not found');
      await sleep(link.latencyMs);
      // The link carries one response at a time, at its bandwidth.
      const start = Math.max(performance.now(), linkFreeAt);
      linkFreeAt = start + ((body.length + HEADER_BYTES) * 8 * 1000) / link.bitsPerSecond;
      await sleep(linkFreeAt - performance.now());
      bytes += body.length + HEADER_BYTES;
      requests++;
      res.writeHead(file ? 200 : 404, {
        'Content-Type': file ? contentTypeFor(file) : 'text/plain',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        ...(br ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}),
      });
      res.end(body);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    sent: () => ({ bytes, requests }),
    reset: () => {
      bytes = 0;
      requests = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
