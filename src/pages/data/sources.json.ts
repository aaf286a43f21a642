// /data/sources.json
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology.ts';
import { toSourcesJson } from '../../lib/export.ts';
import { siteRoot } from '../../data/routes.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(toSourcesJson(await getChronology(), siteRoot), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
