// Ready-made citations (Chicago notes-bibliography 17th ed., APA 7, MLA 9) for an event page and for each news article.
import type { EventRecord, SourceRecord } from './records.ts';
import { MONTH_NAMES } from './calendar.ts';
import { publicationDay } from './dates.ts';
import type { Locale } from './locale.ts';
import { absoluteUrl } from './routes.ts';

/** A run of citation text; `italic` marks titles the manual sets in italics (render as `<i>`). */
export interface Segment {
  text: string;
  italic?: true;
}

/** One citation as plain text (for copying) and as styled runs (for the page). */
export interface FormattedCitation {
  text: string;
  segments: Segment[];
}

/** Every style the site offers for one work. */
export interface CitationSet {
  /** Chicago footnote or endnote (the page supplies the note number). */
  chicagoNote: FormattedCitation;
  /** Chicago bibliography entry. */
  chicagoBibliography: FormattedCitation;
  /** APA 7 reference-list entry. */
  apa: FormattedCitation;
  /** MLA 9 works-cited entry. */
  mla: FormattedCitation;
}

export type CitationStyle = keyof CitationSet;

/** The styles in the order the page lists them, with their names for readers. */
export const CITATION_STYLES: readonly { style: CitationStyle; label: string }[] = [
  { style: 'chicagoNote', label: 'Chicago (note)' },
  { style: 'chicagoBibliography', label: 'Chicago (bibliography)' },
  { style: 'apa', label: 'APA' },
  { style: 'mla', label: 'MLA' },
];

export interface EventPageCitationOptions {
  /** The site's name as it should appear in citations. */
  siteName: string;
  /**
   * Who publishes the site (the masthead's publisher): Chicago and APA put it in the author's
   * place, MLA names it after the site. Left out where it is the site's own name.
   */
  publisher?: string;
  /** Absolute root of the site, including any base path (`https://example.org/timeline/`). */
  siteUrl: string;
  /** ISO day the page was last changed; cited as its date. */
  updated?: string;
  /** ISO day the reader consulted the page; cited as the access or retrieval date. */
  accessed?: string;
  /** The language of the citation's own words and dates (Spanish practice in 'es'); English by default. */
  locale?: Locale;
}

export interface SourceCitationOptions {
  /**
   * APA 7 cites a story on a news website (not a newspaper) with the title in italics and the
   * site name in roman. The records do not say which outlets are newspapers, so the caller may.
   */
  newsWebsite?: boolean;
  /**
   * Paragraphs cited (1-based, as numbered on our copy). The Chicago note carries them as a
   * locator ("para. 9"); the reference-list entries of APA and MLA never carry one (see citeSourceInText).
   */
  paragraphs?: readonly number[];
  /** The language of the citation's own words and dates; the headline is always the outlet's. */
  locale?: Locale;
}

/**
 * The manuals' own words in each language. Spanish follows the Spanish editions' practice: dates
 * as "14 de enero de 2021" (APA "2021, 14 de enero"; MLA "14 ene. 2021"), "consultado el",
 * "s. f.", "Recuperado el … de", "párr.", and a comma or period after the closing quotation mark.
 */
interface CiteWords {
  para: (plural: boolean) => string;
  mlaPar: (plural: boolean) => string;
  originally: string;
  apaOriginal: string;
  lastModified: string;
  accessed: string;
  noDate: string;
  retrieved: (date: string, url: string) => string;
  mlaAccessed: string;
  quotedIn: string;
  /** Whether a comma or period goes inside the closing quotation mark (American practice) or after it. */
  punctuationInside: boolean;
}

const CITE_WORDS: Record<Locale, CiteWords> = {
  en: {
    para: (plural) => (plural ? 'paras.' : 'para.'), mlaPar: (plural) => (plural ? 'pars.' : 'par.'),
    originally: 'originally published in', apaOriginal: 'Original work published in', lastModified: 'last modified', accessed: 'accessed',
    noDate: 'n.d.', retrieved: (date, url) => `Retrieved ${date}, from ${url}`, mlaAccessed: 'Accessed', quotedIn: 'quoted in', punctuationInside: true,
  },
  es: {
    para: () => 'párr.', mlaPar: () => 'párr.',
    originally: 'publicado originalmente en', apaOriginal: 'Obra original publicada en', lastModified: 'última modificación el', accessed: 'consultado el',
    noDate: 's. f.', retrieved: (date, url) => `Recuperado el ${date}, de ${url}`, mlaAccessed: 'Consultado el', quotedIn: 'citado en', punctuationInside: false,
  },
};

/** Paragraph numbers as a locator: ascending, without repeats; a run of three or more as a range. */
export function paragraphList(paragraphs: readonly number[]): { plural: boolean; text: string } {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return { plural: sorted.length > 1, text: parts.join(', ') };
}

const SPANISH_MONTHS = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
] as const;
// MLA in Spanish abbreviates months too, in lower case; "mayo" stays whole.
const SPANISH_MLA_MONTHS = [
  'ene.', 'feb.', 'mar.', 'abr.', 'mayo', 'jun.',
  'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.',
] as const;
// MLA 9 abbreviates months longer than four letters; June and July stay whole, September is "Sept.".
const MLA_MONTHS = [
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June',
  'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
] as const;

function dayParts(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`not an ISO date: "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function monthName(month: number, names: readonly string[]): string {
  const name = names[month - 1];
  if (name === undefined) throw new Error(`no month ${month}`);
  return name;
}

/** Chicago's date form: "January 14, 2021"; in Spanish "14 de enero de 2021". */
export function formatChicagoDate(iso: string, locale: Locale = 'en'): string {
  const { year, month, day } = dayParts(iso);
  return locale === 'es' ? `${day} de ${monthName(month, SPANISH_MONTHS)} de ${year}` : `${monthName(month, MONTH_NAMES)} ${day}, ${year}`;
}

/** APA 7's date form inside the parentheses: "2021, January 14"; in Spanish "2021, 14 de enero". */
export function formatApaDate(iso: string, locale: Locale = 'en'): string {
  const { year, month, day } = dayParts(iso);
  return locale === 'es' ? `${year}, ${day} de ${monthName(month, SPANISH_MONTHS)}` : `${year}, ${monthName(month, MONTH_NAMES)} ${day}`;
}

/** MLA 9's works-cited date form: day, abbreviated month, year ("14 Jan. 2021"; "14 ene. 2021"). */
export function formatMlaDate(iso: string, locale: Locale = 'en'): string {
  const { year, month, day } = dayParts(iso);
  return `${day} ${monthName(month, locale === 'es' ? SPANISH_MLA_MONTHS : MLA_MONTHS)} ${year}`;
}

const roman = (text: string): Segment => ({ text });
const italic = (text: string): Segment => ({ text, italic: true });

function finish(parts: readonly Segment[]): FormattedCitation {
  const segments: Segment[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = segments[segments.length - 1];
    if (last && Boolean(last.italic) === Boolean(part.italic)) last.text += part.text;
    else segments.push({ ...part });
  }
  return { text: segments.map((s) => s.text).join(''), segments };
}

// A title that ends in ? or ! keeps its own mark and takes no period or comma after it (all three manuals).
function endsWithMark(title: string): boolean {
  return /[?!]$/.test(title);
}

/** Double quotation marks inside a quoted title become single ones (all three manuals). */
export function nestQuotes(title: string): string {
  return title.replace(/“([^”]*)”/g, '‘$1’').replace(/"([^"]*)"/g, '‘$1’');
}

/**
 * A title in quotation marks with the following comma or period inside them, American style; in
 * Spanish the comma or period follows the closing mark ("“Título”,").
 */
function quoted(title: string, punctuation: ',' | '.', locale: Locale = 'en'): Segment {
  const inner = nestQuotes(title);
  const mark = endsWithMark(inner) || inner.endsWith('.') ? '' : punctuation;
  return roman(CITE_WORDS[locale].punctuationInside ? `“${inner}${mark}”` : `“${inner}”${mark}`);
}

function period(title: string): string {
  return endsWithMark(title) || title.endsWith('.') ? '' : '.';
}

// Chicago (17th ed.) omits an initial "The" from English-language newspaper names in notes
// and bibliographies ("Washington Post"); in running prose the article returns, lowercase and roman.
function chicagoName(outlet: string): string {
  return outlet.replace(/^The\s+/, '');
}

function chicagoInProse(outlet: string): Segment[] {
  const bare = chicagoName(outlet);
  return bare === outlet ? [italic(outlet)] : [roman('the '), italic(bare)];
}

// MLA 9 recommends leaving out "http://" and "https://".
function mlaUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/**
 * Citations of one news article. No bylines are known, and each manual has its own rule for
 * an unsigned article:
 * - Chicago: the note begins with the headline; the bibliography entry puts the
 *   newspaper's name in the author's place and is alphabetised under it.
 * - APA 7 ("missing author"): the title moves to the author's position, before the date.
 * - MLA 9: the entry begins with the title.
 * A republished story (`republishedFrom`) is cited as found, in the outlet that carries it, and
 * names the original publisher: Chicago and MLA with "originally published in", APA with its
 * "(Original work published …)" note, which here names the publisher since the records give no
 * separate original date.
 * Headlines keep the capitalisation the outlet printed: recasing them (title or sentence case)
 * needs knowledge of proper nouns that a program does not have. Times of day are left out.
 */
export function citeSource(source: SourceRecord, options: SourceCitationOptions = {}): CitationSet {
  const { headline, outlet, url, republishedFrom } = source;
  const day = publicationDay(source.published);
  const locale = options.locale ?? 'en';
  const w = CITE_WORDS[locale];
  const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

  const chicagoOrigin = republishedFrom === undefined ? [] : [roman(`${w.originally} `), ...chicagoInProse(republishedFrom)];
  // Chicago cites a paragraph of an unpaginated online source as "para." (CMOS 17, 14.174).
  const locator = options.paragraphs && options.paragraphs.length > 0 ? paragraphList(options.paragraphs) : undefined;
  const chicagoNote = finish([
    quoted(headline, ',', locale),
    roman(' '),
    italic(chicagoName(outlet)),
    roman(`, ${formatChicagoDate(day, locale)}, `),
    ...(chicagoOrigin.length > 0 ? [...chicagoOrigin, roman(', ')] : []),
    ...(locator ? [roman(`${w.para(locator.plural)} ${locator.text}, `)] : []),
    roman(`${url}.`),
  ]);
  const chicagoBibliography = finish([
    italic(chicagoName(outlet)),
    roman('. '),
    quoted(headline, '.', locale),
    roman(` ${formatChicagoDate(day, locale)}. `),
    ...(republishedFrom === undefined ? [] : [roman(`${capital(w.originally)} `), ...chicagoInProse(republishedFrom), roman('. ')]),
    roman(`${url}.`),
  ]);

  const apaTitle = options.newsWebsite ? [italic(headline), roman(period(headline))] : [roman(`${headline}${period(headline)}`)];
  const apaOutlet = options.newsWebsite ? roman(outlet) : italic(outlet);
  const apa = finish([
    ...apaTitle,
    roman(` (${formatApaDate(day, locale)}). `),
    apaOutlet,
    roman(`. ${url}`),
    ...(republishedFrom === undefined ? [] : [roman(` (${w.apaOriginal} `), italic(republishedFrom), roman(')')]),
  ]);

  const mla = finish([
    quoted(headline, '.', locale),
    roman(' '),
    italic(outlet),
    roman(`, ${formatMlaDate(day, locale)}, ${mlaUrl(url)}.`),
    ...(republishedFrom === undefined ? [] : [roman(` ${capital(w.originally)} `), italic(republishedFrom), roman('.')]),
  ]);

  return { chicagoNote, chicagoBibliography, apa, mla };
}

/**
 * Citations of one event's page in this chronology. The page has no personal author, so each
 * manual's rule for an unsigned web page applies: Chicago begins the note with the page
 * title and puts the site's name first in the bibliography, in roman; APA 7 moves the
 * italic page title to the author position and, with no `updated` date, writes "n.d."; MLA 9
 * begins with the title and sets the site name in italics as the container.
 * `updated` is cited as the page's date; `accessed` as Chicago's access date, APA's retrieval date
 * (a chronology changes as it is corrected) and MLA's closing "Accessed" element.
 * The event's own date is not bibliographic data and is not part of the citation.
 */
export function citeEventPage(event: EventRecord, options: EventPageCitationOptions): CitationSet {
  const { siteName, updated, accessed } = options;
  const locale = options.locale ?? 'en';
  const w = CITE_WORDS[locale];
  const title = event.title;
  const url = absoluteUrl(options.siteUrl, event.url);
  const publisher = options.publisher !== undefined && options.publisher.trim().toLowerCase() !== siteName.trim().toLowerCase() ? options.publisher : undefined;

  const chicagoDates = [
    ...(updated === undefined ? [] : [`${w.lastModified} ${formatChicagoDate(updated, locale)}`]),
    ...(accessed === undefined ? [] : [`${w.accessed} ${formatChicagoDate(accessed, locale)}`]),
  ];
  // Chicago: the site's owner follows the site's name in a note and takes the author's place in the
  // bibliography, before the page title and the site's name (CMOS 17, 14.206-7).
  const chicagoNote = finish([
    quoted(title, ',', locale),
    roman(` ${siteName}, `),
    ...(publisher === undefined ? [] : [roman(`${publisher}, `)]),
    ...chicagoDates.map((d) => roman(`${d}, `)),
    roman(`${url}.`),
  ]);
  const chicagoBibliography = finish([
    ...(publisher === undefined
      ? [roman(`${siteName}${period(siteName)} `), quoted(title, '.', locale), roman(' ')]
      : [roman(`${publisher}${period(publisher)} `), quoted(title, '.', locale), roman(` ${siteName}${period(siteName)} `)]),
    ...chicagoDates.map((d) => roman(`${d.charAt(0).toUpperCase()}${d.slice(1)}. `)),
    roman(`${url}.`),
  ]);

  // APA 7: a group author (the publisher) leads; with none, the title moves to the author's place.
  const apaDate = `(${updated === undefined ? w.noDate : formatApaDate(updated, locale)}).`;
  const apa = finish([
    ...(publisher === undefined
      ? [italic(title), roman(period(title)), roman(` ${apaDate} `)]
      : [roman(`${publisher}${period(publisher)} ${apaDate} `), italic(title), roman(`${period(title)} `)]),
    roman(`${siteName}${period(siteName)} `),
    roman(accessed === undefined ? url : w.retrieved(formatChicagoDate(accessed, locale), url)),
  ]);

  // MLA 9: the publisher follows the container (the site), where it differs from the site's name.
  const mla = finish([
    quoted(title, '.', locale),
    roman(' '),
    italic(siteName),
    ...(publisher === undefined ? [] : [roman(`, ${publisher}`)]),
    roman(updated === undefined ? ', ' : `, ${formatMlaDate(updated, locale)}, `),
    roman(`${mlaUrl(url)}.`),
    ...(accessed === undefined ? [] : [roman(` ${w.mlaAccessed} ${formatMlaDate(accessed, locale)}.`)]),
  ]);

  return { chicagoNote, chicagoBibliography, apa, mla };
}

/** In-text (parenthetical) citations of an article at the paragraphs cited, where a style has them. */
export interface InTextCitations {
  /** APA 7: an unsigned work is cited by its title, with the year and "para." (APA 8.13, 8.28). */
  apa: FormattedCitation;
  /** MLA 9: the title and "par." (MLA 6.21-22); no comma between them. */
  mla: FormattedCitation;
}

/**
 * The parenthetical citations of an article at the cited paragraphs. APA and MLA put the paragraph
 * in the citation in the text, never in the reference-list entry; both allow the title to be
 * shortened, which is left to the writer (a program cannot tell which words carry the title).
 */
export function citeSourceInText(source: SourceRecord, paragraphs: readonly number[], locale: Locale = 'en'): InTextCitations {
  const w = CITE_WORDS[locale];
  const { plural, text } = paragraphList(paragraphs);
  const year = publicationDay(source.published).slice(0, 4);
  const title = nestQuotes(source.headline);
  const comma = endsWithMark(title) ? '' : ',';
  const apaTitle = w.punctuationInside ? `“${title}${comma}”` : `“${title}”${comma}`;
  const apa = finish([roman(`(${apaTitle} ${year}${text ? `, ${w.para(plural)} ${text}` : ''})`)]);
  const mla = finish([roman(`(“${title}”${text ? ` ${w.mlaPar(plural)} ${text}` : ''})`)]);
  return { apa, mla };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** HTML for a citation: escaped text, italic runs in `<i>` (for `set:html` or a copy-to-clipboard payload). */
export function citationToHtml(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      const text = s.text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c);
      return s.italic ? `<i>${text}</i>` : text;
    })
    .join('');
}

/**
 * Chicago (17th ed., 14.260 "quoted in"): a speaker's words taken from a news article are cited
 * to the speaker, "quoted in" the article, whose note follows as usual. APA and MLA put the
 * secondary source only in running text ("as cited in", "qtd. in"), so they need no entry of their own.
 */
export function citeQuotedIn(speaker: string, source: SourceRecord, locale: Locale = 'en'): FormattedCitation {
  const note = citeSource(source, { locale }).chicagoNote;
  return finish([roman(`${speaker}, ${CITE_WORDS[locale].quotedIn} `), ...note.segments]);
}
