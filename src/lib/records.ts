// The plain, validated shapes every page, data file and script works from (what /data/*.json holds).
import type { EventDate, Precision, MonthPart } from './dates.ts';
import type { Provenance } from './provenance.ts';

export interface CitationRecord {
  /** Source id. */
  source: string;
  /** The exact words, as the editor wrote them. */
  quote: string;
  /** 1-based number of the source paragraph that holds the quote (anchor `#p<N>` on the source page). */
  paragraph: number;
  /** Address of the original article. */
  url: string;
  /** Whose words the quote gives and through whom. */
  provenance: Provenance;
  /** Our translation of the quote into the chronology's language (Spanish); absent in English. */
  translation?: string;
}

export interface CorrectionRecord {
  /** ISO day the correction was made. */
  date: string;
  /** What the event said before. */
  was: string;
  /** What it says now. */
  now: string;
}

export interface EventRecord {
  /** Stable id: the file name without .md (`2018-04-06-announcement`). */
  id: string;
  title: string;
  summary: string;
  /** EDTF string as authored. */
  date: string;
  /** "early" | "mid" | "late" for a part of a month. */
  part?: MonthPart;
  /** How the date was derived, where it was. */
  dateNote?: string;
  /** First ISO day the date may be. */
  start: string;
  /** Last ISO day the date may be. */
  end: string;
  precision: Precision | 'interval';
  approximate: boolean;
  /** The date in words as shown to readers. */
  label: string;
  /**
   * The date as parsed once by the chronology: both ends as points (each with its own precision),
   * the qualifiers and the part; `start`, `end`, `precision`, `approximate` and `label` are copies of
   * its fields. Pages and exports read the date from here rather than parsing `date` again.
   */
  when: EventDate;
  /** Ids of the sources the citations quote, each once, in the order first cited. */
  sources: string[];
  /** Actor ids. */
  actors: string[];
  /** Theme ids. */
  tags: string[];
  /** Site-relative permalink (`/events/<id>/`). */
  url: string;
  citations: CitationRecord[];
  /** Marked by the editors as one of the events that carry the story (`key: true`). */
  key?: boolean;
  /** Earlier ids of the event (old addresses that now point here); absent when none. */
  formerIds?: string[];
  /** Dated corrections of substance, in the order the editors wrote them. */
  corrections: CorrectionRecord[];
}

export interface SourceRecord {
  id: string;
  outlet: string;
  republishedFrom?: string;
  headline: string;
  dek?: string;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" as printed. */
  published: string;
  publishedNote?: string;
  /** Address of the original article. */
  url: string;
  sameStoryAs?: string;
  note?: string;
  /** The verbatim paragraphs, in order; paragraph N is `paragraphs[N - 1]`. */
  paragraphs: string[];
  /** Our translation of each paragraph, in the same order and number; absent in English. */
  translatedParagraphs?: string[];
}

export interface ActorRecord {
  id: string;
  name: string;
  kind: 'person' | 'organisation';
  role: string;
  aliases: string[];
  partOf?: string;
  citations: CitationRecord[];
}

export interface ThemeRecord {
  id: string;
  title: string;
  description: string;
}

export interface ReadingRecord {
  reading: string;
  citations: CitationRecord[];
}

export interface DisputeRecord {
  id: string;
  question: string;
  note: string;
  events: string[];
  readings: ReadingRecord[];
  /** Discussion questions for the lesson kit; may be empty. */
  questions?: string[];
}

export interface PeriodRecord {
  id: string;
  title: string;
  date: string;
  dateNote?: string;
  start: string;
  end: string;
  label: string;
  citations: CitationRecord[];
}

/** A chapter: a period of the story with a one-sentence introduction in the editors' words. */
export interface ChapterRecord extends PeriodRecord {
  intro: string;
}

/** A passage where the articles use a glossary term: a citation whose speaker need not be given. */
export type UsageRecord = Omit<CitationRecord, 'provenance'> & { provenance?: Provenance };

export interface GlossaryRecord {
  id: string;
  term: string;
  forms: string[];
  expansion?: string;
  expansionNote?: string;
  explanation: string;
  citations: UsageRecord[];
}

/** Everything the site is built from, validated and cross-checked. */
export interface Chronology {
  /** Events in chronological order. */
  events: EventRecord[];
  sources: SourceRecord[];
  actors: ActorRecord[];
  themes: ThemeRecord[];
  disputes: DisputeRecord[];
  periods: PeriodRecord[];
  /** Chapters of the story in order; absent or empty when the content has none. */
  chapters?: ChapterRecord[];
  /** Terms explained, sorted by term; absent or empty when the story has no glossary. */
  glossary?: GlossaryRecord[];
}
