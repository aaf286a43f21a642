// Astro integration: runs the content check before any build, so even a bare `astro build` is strict.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/problems.ts';
import { checkContent } from './check-content.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const result = await checkContent(fileURLToPath(config.root));
        if (result.ok) return;
        const lines = result.problems.map(formatProblem);
        if (command === 'dev') {
          // While editing, show the problems but keep serving so the editor can fix them live.
          for (const line of lines) logger.warn(line);
          return;
        }
        for (const line of lines) logger.error(line);
        throw new Error(`${lines.length} content problem(s); see the lines above. Nothing was built.`);
      },
    },
  };
}
