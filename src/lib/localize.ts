// The chronology in another language: the English records with every text field replaced by the
// entry's `es:` text (quotes stay English, each citation gains its translation; dates in words are
// formatted in that language; pages link to that language's pages). English is returned as it is.
import type { SiteData } from '../schemas/site.ts';
import type { ActorEs, ChapterEs, DisputeEs, EventEs, GlossaryEs, PeriodEs, ThemeEs } from '../schemas/es.ts';
import type { ChronologyInput } from './chronology.ts';
import { formatDateLabel, parseEventDate, type MonthPart } from './dates.ts';
import type { Locale } from './locale.ts';
import { splitParagraphs } from './paragraphs.ts';
import type { Chronology, CitationRecord, DisputeRecord, EventRecord, GlossaryRecord, PeriodRecord, SourceRecord, UsageRecord } from './records.ts';
import { localized } from './routes.ts';

type WithEs<E> = { es?: E | undefined; citations?: readonly { es?: string | undefined }[] };

/** The `es:` block and the citations' translations of each entry of one collection, by id. */
function spanishOf<E>(entries: readonly { id: string; data: unknown }[] | undefined): Map<string, WithEs<E>> {
  return new Map((entries ?? []).map((e) => [e.id, e.data as WithEs<E>]));
}

/** Citations with the translation of each, where the entry's citation at that place has one. */
function translated<C extends CitationRecord | UsageRecord>(citations: readonly C[], from: readonly { es?: string | undefined }[] | undefined): C[] {
  return citations.map((citation, i) => {
    const text = from?.[i]?.es;
    return text ? { ...citation, translation: text } : citation;
  });
}

function labelOf(date: string, locale: Locale, part?: string): string | undefined {
  const parsed = parseEventDate(date, part as MonthPart | undefined);
  return parsed.ok ? formatDateLabel(parsed.date, locale) : undefined;
}

function localizeEvent(event: EventRecord, data: WithEs<EventEs> | undefined, locale: Locale): EventRecord {
  const es = data?.es;
  const label = formatDateLabel(event.when, locale);
  const record: EventRecord = {
    ...event,
    title: es?.title ?? event.title,
    summary: es?.summary ?? event.summary,
    label,
    when: { ...event.when, label },
    url: localized(event.url, locale),
    citations: translated(event.citations, data?.citations),
  };
  if (event.dateNote) record.dateNote = es?.dateNote ?? event.dateNote;
  return record;
}

function localizeSpan<P extends PeriodRecord>(period: P, data: WithEs<PeriodEs | ChapterEs> | undefined, locale: Locale): P {
  const es = data?.es;
  const record: P = { ...period, title: es?.title ?? period.title, label: labelOf(period.date, locale) ?? period.label, citations: translated(period.citations, data?.citations) };
  if ('intro' in period && es && 'intro' in es) (record as P & { intro: string }).intro = es.intro;
  if (period.dateNote && es?.dateNote) record.dateNote = es.dateNote;
  return record;
}

function localizeDispute(dispute: DisputeRecord, data: { es?: DisputeEs; readings?: { citations: { es?: string }[] }[] } | undefined): DisputeRecord {
  const es = data?.es;
  const record: DisputeRecord = {
    ...dispute,
    question: es?.question ?? dispute.question,
    note: es?.note ?? dispute.note,
    readings: dispute.readings.map((r, i) => ({ reading: es?.readings[i] ?? r.reading, citations: translated(r.citations, data?.readings?.[i]?.citations) })),
  };
  if (dispute.questions) record.questions = dispute.questions.map((q, i) => es?.questions[i] ?? q);
  return record;
}

function localizeTerm(term: GlossaryRecord, data: WithEs<GlossaryEs> | undefined): GlossaryRecord {
  const es = data?.es;
  const record: GlossaryRecord = { ...term, explanation: es?.explanation ?? term.explanation, citations: translated(term.citations, data?.citations) };
  if (term.expansion) record.expansion = es?.expansion ?? term.expansion;
  if (term.expansionNote) record.expansionNote = es?.expansionNote ?? term.expansionNote;
  return record;
}

function localizeSource(source: SourceRecord, translation: { publishedNote?: string | undefined; note?: string | undefined; body: string } | undefined): SourceRecord {
  if (!translation) return source;
  const record: SourceRecord = { ...source, translatedParagraphs: splitParagraphs(translation.body) };
  if (source.publishedNote && translation.publishedNote) record.publishedNote = translation.publishedNote;
  if (source.note && translation.note) record.note = translation.note;
  return record;
}

/**
 * The chronology in `locale`. Where an entry has no text in that language yet, its English stays
 * (the Spanish rules refuse such content once Spanish is required). Order and ids never change.
 */
export function localizeChronology(english: Chronology, input: ChronologyInput, locale: Locale): Chronology {
  if (locale === 'en') return english;
  const events = spanishOf<EventEs>(input.events);
  const actors = spanishOf<ActorEs>(input.actors);
  const themes = spanishOf<ThemeEs>(input.themes);
  const periods = spanishOf<PeriodEs>(input.periods);
  const chapters = spanishOf<ChapterEs>(input.chapters);
  const glossary = spanishOf<GlossaryEs>(input.glossary);
  const disputes = new Map(input.disputes.map((d) => [d.id, d.data as unknown as { es?: DisputeEs; readings?: { citations: { es?: string }[] }[] }]));
  const translations = new Map((input.translations ?? []).filter((t) => t.data.locale === locale).map((t) => [t.data.source, t.data]));
  return {
    events: english.events.map((e) => localizeEvent(e, events.get(e.id), locale)),
    sources: english.sources.map((s) => localizeSource(s, translations.get(s.id))),
    actors: english.actors.map((a) => {
      const data = actors.get(a.id);
      const name = data?.es?.name ?? a.name;
      // The English name stays findable: a reader may search "Justice Department" on the Spanish site.
      const aliases = name === a.name ? a.aliases : [...a.aliases, a.name];
      return { ...a, name, aliases, role: data?.es?.role ?? a.role, citations: translated(a.citations, data?.citations) };
    }),
    themes: english.themes.map((t) => ({ ...t, title: themes.get(t.id)?.es?.title ?? t.title, description: themes.get(t.id)?.es?.description ?? t.description })),
    disputes: english.disputes.map((d) => localizeDispute(d, disputes.get(d.id))),
    periods: english.periods.map((p) => localizeSpan(p, periods.get(p.id), locale)),
    ...(english.chapters ? { chapters: english.chapters.map((c) => localizeSpan(c, chapters.get(c.id), locale)) } : {}),
    ...(english.glossary ? { glossary: english.glossary.map((g) => localizeTerm(g, glossary.get(g.id))) } : {}),
  };
}

const SITE_TEXTS = ['title', 'tagline', 'description', 'aboutAttribution', 'aboutWeekday', 'aboutDisputes', 'disputesExercise'] as const;

/** content/site.md's fields in `locale` (the masthead, licence and date stay); never the `es:` block itself. */
export function localizeSite(site: SiteData, locale: Locale): SiteData {
  const { es, ...english } = site;
  if (locale === 'en' || !es) return english;
  const record: SiteData = { ...english };
  for (const key of SITE_TEXTS) if (english[key] !== undefined && es[key] !== undefined) record[key] = es[key];
  return record;
}
