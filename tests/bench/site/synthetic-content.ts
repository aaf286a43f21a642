// A valid content/ folder of any size, for timing the build: N events quoting generated source paragraphs.
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mulberry32 } from '../random.ts';

/** The small invented story whose site.md and themes the synthetic content reuses. */
export const FIXTURE_CONTENT = new URL('../../fixtures/base/content/', import.meta.url);


const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SUBJECTS = ['The council', 'The harbour board', 'The planning office', 'The mayor', 'Engineers', 'The transport authority', 'Residents', 'The auditor', 'The water company', 'Inspectors', 'The school board', 'The regional court', 'Contractors', 'The finance committee', 'Union leaders'];
const VERBS = ['approved', 'rejected', 'delayed', 'questioned', 'announced', 'reviewed', 'suspended', 'extended', 'criticised', 'funded', 'inspected', 'challenged', 'published', 'revised', 'defended'];
const OBJECTS = ['the bridge repairs', 'a new budget', 'the ferry contract', 'the road closure', 'a safety report', 'the tram extension', 'the flood barrier', 'a housing plan', 'the school merger', 'the water tariff', 'the harbour dredging', 'a parking scheme', 'the library renovation', 'the bus timetable', 'an audit of spending', 'the waste contract', 'the market hall lease', 'a tree-planting plan', 'the cycle lanes', 'the pension fund'];
const OUTLETS = ['The Gazette', 'The Herald', 'The Courier', 'The Chronicle', 'The Observer', 'The Ledger', 'The Tribune', 'The Examiner', 'The Sentinel', 'The Dispatch'];
const FILLER = 'according to minutes seen by reporters officials said the decision followed weeks of debate while critics warned that costs could rise and residents asked for a public meeting before any final vote on the plan which had been discussed since the previous spring'.split(' ');
const SYLLABLES = 'ba be bi bo ca ce co da de di do fa fe fi ga ge go ha he ka ke ki ko la le li lo lu ma me mi mo na ne ni no pa pe po ra re ri ro sa se si so ta te ti to va ve vi vo za ze zo'.split(' ');

const yaml = (text: string): string => JSON.stringify(text); // a JSON string is a valid double-quoted YAML scalar
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/**
 * The Spanish text the content check requires beside each English one: the English marked as such,
 * so it adds no figure or name the English lacks (what the Spanish rules check), at the real size.
 */
const spanish = (text: string): string => `En español: ${text}`;

export interface SyntheticSummary {
  events: number;
  sources: number;
  actors: number;
  themes: number;
  paragraphs: number;
}

/**
 * Writes `root/content/` with `count` events that pass the content check: each quotes a paragraph
 * that names its date as precisely as the date is written (day, month or year), file names start
 * with that date, every event predates the 2021 articles that cite it, and every actor, theme and
 * source is used. Sources grow with the event count (about 40 paragraphs each), as a real
 * chronology's would, so no single source page grows without bound.
 */
export async function writeSyntheticContent(root: string, count: number, seed = 7): Promise<SyntheticSummary> {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const content = path.join(root, 'content');
  for (const dir of ['events', 'sources', 'actors', 'themes']) await mkdir(path.join(content, dir), { recursive: true });

  await copyFile(new URL('site.md', FIXTURE_CONTENT), path.join(content, 'site.md'));
  const themeFiles = (await readdir(new URL('themes/', FIXTURE_CONTENT))).filter((f) => f.endsWith('.md')).sort();
  for (const f of themeFiles) await copyFile(new URL(`themes/${f}`, FIXTURE_CONTENT), path.join(content, 'themes', f));
  const themes = themeFiles.map((f) => f.slice(0, -3));

  const usedNames = new Set<string>();
  const word = (): string => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join('');
  const properName = (): string => {
    for (;;) {
      const name = `${cap(word())} ${cap(word())}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const places = Array.from({ length: 60 + Math.ceil(count / 20) }, () => cap(word()));

  const sourceCount = Math.max(3, Math.ceil(count / 40));
  const sources = Array.from({ length: sourceCount }, (_, s) => {
    const outlet = OUTLETS[s % OUTLETS.length]!;
    // Every source is published in 2021, after every event (all 2015–2020).
    const day = new Date(Date.UTC(2021, 0, 1 + Math.floor(s / OUTLETS.length))).toISOString().slice(0, 10);
    return { id: `${slug(outlet.replace(/^The /, ''))}-${day}`, outlet, published: day, paragraphs: [] as string[] };
  });

  const actorCount = Math.max(5, Math.ceil(count / 20));
  const roles = ['councillor', 'engineer', 'spokesperson', 'auditor', 'director', 'resident', 'inspector', 'treasurer'];
  const actors = Array.from({ length: actorCount }, (_, a) => {
    const name = properName();
    const role = pick(roles);
    const source = sources[a % sourceCount]!;
    source.paragraphs.push(`${name}, the ${role}, said the matter was still under review and declined to comment further.`);
    return { id: slug(name), name, role, source: source.id, quote: `${name}, the ${role}` };
  });

  const titles = new Set<string>();
  const filler = (n: number): string => Array.from({ length: n }, () => pick(FILLER)).join(' ');
  for (let i = 0; i < count; i++) {
    const year = 2015 + Math.floor(rnd() * 6);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const roll = rnd();
    const precision = roll < 0.3 ? 'year' : roll < 0.7 ? 'month' : 'day';
    const mm = String(month).padStart(2, '0');
    const date = precision === 'year' ? String(year) : precision === 'month' ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
    const when = precision === 'year' ? `In ${year}` : precision === 'month' ? `In ${MONTHS[month - 1]} ${year}` : `On ${MONTHS[month - 1]} ${day}, ${year}`;
    let subject = '';
    let verb = '';
    let object = '';
    let place = '';
    let title = '';
    do {
      [subject, verb, object, place] = [pick(SUBJECTS), pick(VERBS), pick(OBJECTS), pick(places)];
      title = `${subject.replace(/^The /, '')} ${verb} ${object} in ${place}`;
    } while (titles.has(`${date}\u0000${title}`));
    titles.add(`${date}\u0000${title}`);

    const primary = sources[i % sourceCount]!;
    const quote = `${when}, ${subject.toLowerCase().startsWith('the ') ? subject.toLowerCase() : subject} ${verb} ${object} in ${place}`;
    primary.paragraphs.push(`${quote}, ${filler(12 + Math.floor(rnd() * 12))}.`);
    const citations = [{ source: primary.id, quote }];
    // A quarter of events are reported by a second outlet, in other words, as in the real story.
    if (rnd() < 0.25 && sourceCount > 1) {
      const second = sources[(i + 1 + Math.floor(rnd() * (sourceCount - 1))) % sourceCount]!;
      const other = `${place} saw ${object} ${verb}`;
      second.paragraphs.push(`Separately, ${other}, ${filler(10)}.`);
      citations.push({ source: second.id, quote: other });
    }
    const people = [...new Set([actors[i % actorCount]!.id, ...(rnd() < 0.5 ? [pick(actors).id] : [])])];
    const tags = [...new Set([themes[i % themes.length]!, ...(rnd() < 0.3 ? [pick(themes)] : [])])];
    const summary = `According to ${primary.outlet}, ${subject.toLowerCase()} ${verb} ${object} in ${place}. ${cap(filler(14))}.`;
    const id = `${date}-${slug(title)}`;
    await writeFile(
      path.join(content, 'events', `${id}.md`),
      [
        '---',
        `title: ${yaml(title)}`,
        `date: ${yaml(date)}`,
        `summary: ${yaml(summary)}`,
        `actors: [${people.join(', ')}]`,
        `tags: [${tags.join(', ')}]`,
        'citations:',
        ...citations.flatMap((c) => [`  - source: ${c.source}`, `    quote: ${yaml(c.quote)}`, '    provenance: { kind: outlet }', `    es: ${yaml(spanish(c.quote))}`]),
        'es:',
        `  title: ${yaml(spanish(title))}`,
        `  summary: ${yaml(spanish(summary))}`,
        '---',
        '',
      ].join('\n'),
    );
  }

  for (const a of actors) {
    await writeFile(
      path.join(content, 'actors', `${a.id}.md`),
      ['---', `name: ${yaml(a.name)}`, 'kind: person', `role: ${yaml(cap(a.role))}`, 'citations:', `  - source: ${a.source}`, `    quote: ${yaml(a.quote)}`, '    provenance: { kind: outlet }', `    es: ${yaml(spanish(a.quote))}`, 'es:', `  role: ${yaml(spanish(cap(a.role)))}`, '---', ''].join('\n'),
    );
  }
  for (const s of sources) {
    await writeFile(
      path.join(content, 'sources', `${s.id}.md`),
      [
        '---',
        `outlet: ${yaml(s.outlet)}`,
        `headline: ${yaml(`${s.outlet} reports on the town, part ${s.id}`)}`,
        `published: ${yaml(s.published)}`,
        `url: ${yaml(`https://${slug(s.outlet)}.example.org/${s.id}`)}`,
        '---',
        '',
        s.paragraphs.join('\n\n'),
        '',
      ].join('\n'),
    );
  }
  await mkdir(path.join(content, 'translations', 'es', 'sources'), { recursive: true });
  for (const s of sources) {
    await writeFile(path.join(content, 'translations', 'es', 'sources', `${s.id}.md`), ['---', `source: ${s.id}`, '---', '', s.paragraphs.map(spanish).join('\n\n'), ''].join('\n'));
  }
  return { events: count, sources: sourceCount, actors: actorCount, themes: themes.length, paragraphs: sources.reduce((n, s) => n + s.paragraphs.length, 0) };
}
