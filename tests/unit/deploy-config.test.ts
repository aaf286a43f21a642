// The deploy configurations are the hosts' real formats and build for the public address.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

const read = (file: string): string => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; allowScripts: Record<string, boolean> };

interface Step { uses?: string; run?: string; id?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }> }

test('the GitHub Pages workflow builds with build:deploy for the Pages address and deploys with the official actions', () => {
  const workflow = parse(read('.github/workflows/deploy.yml')) as Workflow;
  expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  const build = workflow.jobs['build']!.steps;
  const uses = build.map((s) => s.uses?.split('@')[0]).filter(Boolean);
  expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact']);
  const configure = build.find((s) => s.uses?.startsWith('actions/configure-pages'))!;
  const buildStep = build.find((s) => s.run === 'npm run build:deploy')!;
  expect(buildStep.env?.['SITE_URL']).toContain(`steps.${configure.id}.outputs.base_url`);
  expect(build.indexOf(configure)).toBeLessThan(build.indexOf(buildStep));
  expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with).toEqual({ path: 'dist' });
  expect(workflow.jobs['deploy']).toMatchObject({ needs: 'build', environment: { name: 'github-pages' } });
  expect(workflow.jobs['deploy']!.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
});

test('Netlify and Cloudflare Pages publish dist/ with the deploy build', () => {
  const netlify = read('netlify.toml');
  expect(netlify).toMatch(/^\s*command = ".*npm run build:deploy"$/m);
  expect(netlify).toMatch(/^\s*publish = "dist"$/m);
  expect(read('wrangler.toml')).toMatch(/^pages_build_output_dir = "dist"$/m);
});

test('build:deploy is the build with --deploy, and npm 12 may run the pinned Node package’s install script', () => {
  expect(pkg.scripts['build:deploy']).toBe(`${pkg.scripts['build']} --deploy`);
  expect(pkg.allowScripts['node']).toBe(true);
});
