// Rules across entries that no single schema can see, as one table of named rules. Each rule is a
// small function over one prepared index of the content (rules/content-index.ts) and returns its
// problems; findContentProblems runs them all, so every problem of every file is reported at once.
import type { Problem } from './problems.ts';
import { bodyHasNoHiddenCharacters, bodyHasNoHtml, bodyLinksAreHttps } from './rules/bodies.ts';
import { type BrokenIds, type ContentIndex, type ContentInput, prepareIndex } from './rules/content-index.ts';
import { dateAsPreciseAsQuotes, dateNotAfterPublication, fileNameStartsWithDate } from './rules/dates.ts';
import { glossaryQuoted } from './rules/glossary.ts';
import { quoteInSource, quoteOnWholeWords } from './rules/quotes.ts';
import { findFormerIdProblems } from './rules/former-ids.ts';
import { findProvenanceProblems } from './rules/provenance.ts';
import { spanishAddsNothing, spanishTextPresent, translationParagraphsMatch, translationSourceExists } from './rules/spanish.ts';
import {
  actorUsed, citationNotRepeated, citedSourceExists, disputeHasTwoSources, eventHasTheme, eventTitleAndDateUnique,
  idClearOfPageIds, idListedOnce, listedIdExists, partOfExists, partOfNoCycle, readingsDiffer, sameStoryExists,
  sourceCited, themeUsed,
} from './rules/references.ts';

export type { BrokenIds, ContentIndex, ContentInput, Entry, PartialEntry } from './rules/content-index.ts';
export { suggestId } from './rules/content-index.ts';
export { quotesSupportPrecision } from './rules/dates.ts';

/** One rule: a name (used by tests and fixture folders) and a check over the prepared index. */
export interface Rule {
  name: string;
  check: (index: ContentIndex) => Problem[];
}

/**
 * Every cross-entry rule. To add one: write a function `(index) => Problem[]` in src/lib/rules/,
 * add a row here, and a fixture folder under tests/fixtures/bad/ that only this rule refuses
 * (tests/content/rules.test.ts fails until it has one).
 */
export const RULES: readonly Rule[] = [
  { name: 'cited-source-exists', check: citedSourceExists },
  { name: 'citation-not-repeated', check: citationNotRepeated },
  { name: 'quote-in-source', check: quoteInSource },
  { name: 'quote-on-whole-words', check: quoteOnWholeWords },
  { name: 'id-listed-once', check: idListedOnce },
  { name: 'listed-id-exists', check: listedIdExists },
  { name: 'event-has-theme', check: eventHasTheme },
  { name: 'event-title-and-date-unique', check: eventTitleAndDateUnique },
  { name: 'file-name-starts-with-date', check: fileNameStartsWithDate },
  { name: 'date-not-after-publication', check: dateNotAfterPublication },
  { name: 'date-as-precise-as-quotes', check: dateAsPreciseAsQuotes },
  { name: 'part-of-exists', check: partOfExists },
  { name: 'part-of-no-cycle', check: partOfNoCycle },
  { name: 'same-story-exists', check: sameStoryExists },
  { name: 'actor-used', check: actorUsed },
  { name: 'theme-used', check: themeUsed },
  { name: 'source-cited', check: sourceCited },
  { name: 'readings-differ', check: readingsDiffer },
  { name: 'dispute-has-two-sources', check: disputeHasTwoSources },
  { name: 'id-clear-of-page-ids', check: idClearOfPageIds },
  { name: 'body-has-no-html', check: bodyHasNoHtml },
  { name: 'body-links-are-https', check: bodyLinksAreHttps },
  { name: 'body-has-no-hidden-characters', check: bodyHasNoHiddenCharacters },
  { name: 'provenance-names-known-actors', check: (index) => findProvenanceProblems(index.content, { actors: { has: (id) => index.isBroken('actors', id) } }) },
  { name: 'former-id-free', check: (index) => findFormerIdProblems(index.content) },
  { name: 'glossary-quoted', check: glossaryQuoted },
  { name: 'spanish-text-present', check: spanishTextPresent },
  { name: 'spanish-adds-nothing', check: spanishAddsNothing },
  { name: 'translation-paragraphs-match', check: translationParagraphsMatch },
  { name: 'translation-source-exists', check: translationSourceExists },
];

/**
 * Every problem across entries, in one list, each tagged with the rule that found it. The schemas
 * have already checked each entry's own fields; this checks what only the whole collection shows.
 */
export function findContentProblems(content: ContentInput, broken: BrokenIds = {}, rules: readonly Rule[] = RULES): Problem[] {
  const index = prepareIndex(content, broken);
  return rules.flatMap((rule) => rule.check(index).map((problem) => ({ ...problem, rule: rule.name })));
}
