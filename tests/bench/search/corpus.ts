// A synthetic chronology shaped like ours (Zipf-distributed words, names, dates, quotes in source paragraphs), seeded.
import type { ActorRecord, EventRecord, SourceRecord, ThemeRecord } from '../../../src/lib/records.ts';
import { mulberry32 } from '../random.ts';
import { parseEventDate, type EventDate } from '../../../src/lib/dates.ts';

function parsedDate(date: string): EventDate {
  const parsed = parseEventDate(date);
  if (!parsed.ok) throw new Error(`${date}: ${parsed.message}`);
  return parsed.date;
}


const COMMON = `the of and to in a that for on was with as by at he said from his it an were are which be this has
have had but not they who their been after its or also would more other into than about over officials policy
border families children parents department administration government federal agents immigration court judge
president attorney general justice homeland security detention shelter facility migrants asylum prosecution
separation separated custody records report inspector memo meeting decision order law cases agency agencies
reunite reunification data tracking system plan planning leaders senior staff prosecutors charges crossing
illegally sector patrol weeks months days later earlier told according documents emails review warned concerns
lawyers advocates testimony hearing congress senators lawmakers public statement announced guidance directive
program pilot initiative implementation numbers hundreds thousands youngest toddlers infants mothers fathers
facilities capacity space beds shortage overcrowded conditions health care medical staffing contractors office
refugee resettlement placement sponsors release released held holding hours rule limit`.split(/\s+/);

const SYLLABLES = 'ba be bi bo bu ca ce ci co da de di do fa fe fi ga ge gi go ha he hi ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi vo za ze zi zo ar er or an en in on al el il ul st tr pr ch sh th'.split(' ');

export interface Corpus {
  events: EventRecord[];
  sources: SourceRecord[];
  actors: ActorRecord[];
  themes: ThemeRecord[];
}

interface Generator {
  rnd: () => number;
  pick: <T>(list: readonly T[]) => T;
  lexicon: string[];
  word: () => string;
  sentence: (n: number) => string;
  cap: (w: string) => string;
}

/** A seeded source of words: a lexicon of common words and a long tail, drawn by Zipf's law. */
function generator(seed: number): Generator {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const lexicon = [...COMMON];
  const seen = new Set(lexicon);
  while (lexicon.length < 25_000) {
    let w = '';
    const n = 2 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    if (!seen.has(w)) {
      seen.add(w);
      lexicon.push(w);
    }
  }
  // Zipf (s ≈ 1.05) by inverse CDF over ranks.
  const weights = lexicon.map((_, r) => 1 / Math.pow(r + 1, 1.05));
  const cdf: number[] = [];
  weights.reduce((acc, w, i) => (cdf[i] = acc + w), 0);
  const totalWeight = cdf[cdf.length - 1]!;
  const word = (): string => {
    const x = rnd() * totalWeight;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lexicon[lo]!;
  };
  const sentence = (n: number): string => {
    const w = Array.from({ length: n }, word);
    w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
    return `${w.join(' ')}.`;
  };
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

  return { rnd, pick, lexicon, word, sentence, cap };
}

function makeActors(size: number, g: Generator): ActorRecord[] {
  const { pick, lexicon, word, cap } = g;
  const actors: ActorRecord[] = [
    { id: 'rosenstein', name: 'Rod Rosenstein', kind: 'person', role: 'Deputy Attorney General', aliases: [], citations: [] },
    { id: 'nielsen', name: 'Kirstjen Nielsen', kind: 'person', role: 'Secretary of Homeland Security', aliases: [], citations: [] },
    { id: 'sessions', name: 'Jeff Sessions', kind: 'person', role: 'Attorney General', aliases: [], citations: [] },
  ];
  const actorCount = Math.max(20, Math.floor(size / 5));
  for (let i = actors.length; i < actorCount; i++) {
    actors.push({ id: `a${i}`, name: `${cap(pick(lexicon.slice(2000)))} ${cap(pick(lexicon.slice(2000)))}`, kind: 'person', role: `${cap(word())} ${cap(word())}`, aliases: [], citations: [] });
  }
  return actors;
}

/** The planted events the fixed queries look for: [position, title and date, quotes]. */
const PLANTED: [number, Partial<EventRecord>, string[]][] = [
  [0, { title: 'El Paso initiative begins', date: '2017-07' }, []],
  [1, { title: 'Conference call with U.S. attorneys', date: '2018-05' }, ['we need to take away children']],
  [2, { title: '72-hour rule memo circulates', date: '2018' }, ['the 72-hour rule for holding children']],
  [3, { title: 'Shortfall of beds', date: '2018-06' }, ['a shortfall of beds for families']],
];

/** Event number `i`: a random date, title, people, themes and quotes planted in source paragraphs. */
function makeEvent(i: number, g: Generator, actors: readonly ActorRecord[], themes: readonly ThemeRecord[], sources: SourceRecord[]): EventRecord {
  const { rnd, pick, sentence } = g;
  const year = 2017 + Math.floor(rnd() * 5);
  const month = 1 + Math.floor(rnd() * 12);
  const roll = rnd();
  let date = roll < 0.2 ? String(year) : roll < 0.6 ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  let title = sentence(4 + Math.floor(rnd() * 5)).slice(0, -1);
  let quotes = [sentence(6 + Math.floor(rnd() * 6)).slice(0, -1), sentence(6 + Math.floor(rnd() * 6)).slice(0, -1)];
  const plant = PLANTED.find(([k]) => k === i);
  if (plant) {
    title = plant[1].title!;
    date = plant[1].date!;
    if (plant[2].length) quotes = [plant[2][0]!, quotes[1]!];
  }
  const people = Array.from(new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => (rnd() < 0.1 ? pick(actors.slice(0, 3)) : pick(actors)).id)));
  const summary = Array.from({ length: 4 }, () => sentence(13 + Math.floor(rnd() * 6))).join(' ');
  const citations = quotes.map((quote) => {
    const src = pick(sources);
    // The quote sits verbatim inside a paragraph of its source, as in our content.
    src.paragraphs.push(`${sentence(20)} ${quote}, ${sentence(22).toLowerCase()}`);
    return { source: src.id, quote, paragraph: src.paragraphs.length, url: '', provenance: { kind: 'outlet' as const } };
  });
  const [y, m, d] = date.split('-');
  const start = `${y}-${m ?? '01'}-${d ?? '01'}`;
  const end = d ? start : m ? `${y}-${m}-28` : `${y}-12-31`;
  const monthName = new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return {
    id: `e${i}`,
    title,
    summary,
    date,
    start,
    end,
    precision: d ? 'day' : m ? 'month' : 'year',
    approximate: false,
    label: d ? `${monthName} ${Number(d)}, ${y}` : m ? `${monthName} ${y}` : String(y),
    actors: people,
    tags: Array.from(new Set([pick(themes).id, pick(themes).id])),
    url: `/events/e${i}/`,
    when: parsedDate(date),
    sources: [...new Set(citations.map((c) => c.source))],
    citations,
    corrections: [],
  };
}

/** A chronology shaped like ours: Zipf-distributed words, a long tail of rare ones, names, dates, quotes. */
export function makeCorpus(size: number, seed = 42): Corpus {
  const g = generator(seed);
  const { word, sentence, cap } = g;
  const actors = makeActors(size, g);
  const themes: ThemeRecord[] = Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, title: `${cap(word())} ${word()}`, description: '' }));
  const outlets = ['ABC News', 'The New York Times', 'NBC News', 'The Washington Post', 'Reuters', 'Associated Press', 'CNN', 'NPR'];

  const sources: SourceRecord[] = [];
  const events: EventRecord[] = [];
  const sourceCount = Math.max(5, Math.ceil(size / 10));
  for (let s = 0; s < sourceCount; s++) {
    sources.push({ id: `s${s}`, outlet: outlets[s % outlets.length]!, headline: sentence(8), published: '2021-01-14', url: '', paragraphs: [] });
  }
  for (let i = 0; i < size; i++) events.push(makeEvent(i, g, actors, themes, sources));
  // One paragraph no event quotes, for the paragraph-only query.
  sources[0]!.paragraphs.push('Reporters saw a warehouse where families waited behind chain-link fences for days.');
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  return { events, sources, actors, themes };
}
