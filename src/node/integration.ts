// Astro integration: runs the content check before any build, so even a bare `astro build` is strict
// (and `npm run build`, which has just checked, is not checked twice); in `astro dev` it shows the
// same problem lines in the terminal, on every page and in the error overlay, and re-checks on edits.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/problems.ts';
import { checkContent, takeChecked } from './check-content.ts';

async function problemLines(root: string): Promise<string[]> {
  const result = await checkContent(root);
  return result.ok ? [] : result.problems.map(formatProblem);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page `astro dev` serves instead of any page while the content has problems. */
export function problemsPage(lines: readonly string[]): string {
  const overlay = { message: lines.join('\n'), stack: '', plugin: 'content-check' };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${lines.length} content problem${lines.length === 1 ? '' : 's'}</title></head>
<body><h1>${lines.length} content problem${lines.length === 1 ? '' : 's'}</h1>
<p>Fix these lines and save: the page reloads by itself.</p>
<pre id="content-problems">${lines.map(escapeHtml).join('\n')}</pre>
<script type="module">
import { ErrorOverlay } from '/@vite/client';
document.body.appendChild(new ErrorOverlay(${JSON.stringify(overlay).replace(/</g, '\\u003c')}));
</script>
</body></html>
`;
}

function report(logger: AstroIntegrationLogger, lines: readonly string[]): void {
  for (const line of lines) logger.error(line);
  logger.error(`${lines.length} content problem${lines.length === 1 ? '' : 's'}; pages show them until they are fixed.`);
}

export function contentCheck(): AstroIntegration {
  let root = '';
  let lines: string[] = [];
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'build' && takeChecked(root)) return;
        lines = await problemLines(root);
        if (lines.length === 0) return;
        if (command === 'dev') {
          // While editing, keep serving so the editor can fix the content live.
          report(logger, lines);
          return;
        }
        for (const line of lines) logger.error(line);
        throw new Error(`${lines.length} content problem(s); see the lines above. Nothing was built.`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const content = path.join(root, 'content');
        let timer: ReturnType<typeof setTimeout> | undefined;
        let running: Promise<void> = Promise.resolve();
        const recheck = () => {
          running = running.then(async () => {
            const before = lines.length;
            lines = await problemLines(root);
            if (lines.length > 0) {
              report(logger, lines);
              server.ws.send({ type: 'error', err: { message: lines.join('\n'), stack: '', plugin: 'content-check' } });
            } else if (before > 0) {
              logger.info('content ok again');
              server.ws.send({ type: 'full-reload' });
            }
          });
        };
        server.watcher.add(content);
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(content + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(recheck, 150);
        });
        // Every page request while the content is broken gets the problem lines, not a stack trace.
        server.middlewares.use((req, res, next) => {
          const accept = req.headers.accept ?? '';
          const url = req.url ?? '/';
          const isPage = !url.startsWith('/@') && !url.startsWith('/node_modules/') && (accept.includes('text/html') || url.endsWith('/') || !/\.[a-z0-9]+(?:\?|$)/i.test(url));
          if (lines.length === 0 || !isPage) return next();
          running.then(() => {
            if (lines.length === 0) return next();
            res.statusCode = 500;
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.end(problemsPage(lines));
          }, next);
        });
      },
    },
  };
}
