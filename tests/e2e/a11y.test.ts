// axe-core's WCAG 2.2 A/AA rules: every page in the light colour scheme, and one page of each kind
// in the dark scheme, which changes only colours (E2E_A11Y_ALL=1 audits every page in both).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createProbe, launchBrowser, listPages, newSiteContext, representativePages, visitPath, type PageProbe, type StaticServer, startServer } from './harness.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

// Evaluated through the DevTools protocol rather than added as a <script>, so the site's own
// Content-Security-Policy (which blocks inline scripts) does not stop the auditor.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const all = listPages();
const pagesFor: Record<Scheme, string[]> = {
  light: all,
  dark: process.env.E2E_A11Y_ALL ? all : representativePages(all),
};

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

/** One block per rule: what is wrong, where, and why, readable in the test output. */
function formatViolations(violations: Violation[]): string[] {
  return violations.map((v) =>
    [
      `${v.id} [${v.impact ?? 'unknown impact'}] ${v.help} (${v.helpUrl})`,
      ...v.nodes.map((n) => `  at ${n.target}\n    ${n.summary.replace(/\n\s*/g, '\n    ')}`),
    ].join('\n'),
  );
}

let server: StaticServer;
let browser: Browser;
/** One reused tab per colour scheme. */
const tabs = new Map<string, PageProbe>();

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const scheme of SCHEMES) tabs.set(scheme, await createProbe(await newSiteContext(browser, server, { colorScheme: scheme }), server));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(SCHEMES)('%s scheme', (scheme) => {
  test.each(pagesFor[scheme])('%s has no WCAG 2.2 AA violations', async (pagePath) => {
    const tab = tabs.get(scheme);
    if (!tab) throw new Error('browser tab was not created');
    const { page } = tab;
    await tab.goto(visitPath(pagePath));
    await page.evaluate(AXE_SOURCE);
    const violations: Violation[] = await page.evaluate(async (tags) => {
      type AxeNode = { target: unknown[]; failureSummary?: string };
      type AxeResult = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] };
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeResult[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        // A target is a selector list, one entry per shadow root or iframe on the way.
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' >> '), summary: n.failureSummary ?? '' })),
      }));
    }, TAGS);
    expect(formatViolations(violations)).toEqual([]);
  });
});
