// Content rule: every glossary entry is quoted from the articles, and its quotes use the term.
import { splitParagraphs } from '../paragraphs.ts';
import { containsPhraseLoosely, usesTerm, type GlossaryTerm } from '../glossary.ts';
import type { Problem } from '../problems.ts';
import type { ContentIndex } from './content-index.ts';
import { quoteNotInSource } from './quotes.ts';

export interface GlossaryRuleInput {
  sources: readonly { id: string; data: { body: string } }[];
  glossary?: readonly {
    id: string;
    file: string;
    data: Omit<GlossaryTerm, 'id'> & { expansionNote?: string | undefined; citations: readonly { source: string; quote: string }[] };
  }[] | undefined;
}

/** At most this many sentences: the page is a glossary, not an essay. */
const MAX_SENTENCES = 2;

/** The rules-table row: the glossary checked against the prepared index's content. */
export function glossaryQuoted(index: ContentIndex): Problem[] {
  return findGlossaryProblems(index.content);
}

export function findGlossaryProblems(content: GlossaryRuleInput): Problem[] {
  const problems: Problem[] = [];
  const paragraphsOf = new Map(content.sources.map((s) => [s.id, splitParagraphs(s.data.body)]));
  const allText = [...paragraphsOf.values()].flat();
  const terms = new Map<string, string>();
  for (const { id, file, data } of content.glossary ?? []) {
    const entry: GlossaryTerm = { id, ...data };
    for (const spelling of [data.term, ...data.forms]) {
      const key = spelling.toLowerCase();
      const other = terms.get(key);
      if (other) problems.push({ file, field: 'term', message: `"${spelling}" is already explained in ${other}`, fix: 'keep one entry per term: merge the two files' });
      else terms.set(key, file);
    }
    const sentences = data.explanation.split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z“"])/u).filter(Boolean).length;
    if (sentences > MAX_SENTENCES) {
      problems.push({ file, field: 'explanation', message: `has ${sentences} sentences`, fix: `say it in one or two sentences` });
    }
    if (data.expansion && !data.expansionNote && !allText.some((p) => containsPhraseLoosely(p, data.expansion!))) {
      problems.push({ file, field: 'expansion', message: `"${data.expansion}" appears in no article`, fix: 'write the full name as an article does, or add an expansionNote saying where it comes from' });
    }
    data.citations.forEach((citation, index) => {
      const field = `citations[${index}]`;
      const paragraphs = paragraphsOf.get(citation.source);
      if (!paragraphs) {
        problems.push({ file, field: `${field}.source`, message: `no source "${citation.source}" exists`, fix: 'write the file name (without .md) of an entry in content/sources/' });
        return;
      }
      const misquoted = quoteNotInSource(file, field, citation, paragraphs);
      if (misquoted) {
        problems.push(misquoted);
        return;
      }
      const named = usesTerm(citation.quote, entry) || (data.expansion !== undefined && containsPhraseLoosely(citation.quote, data.expansion));
      if (!named) {
        problems.push({ file, field: `${field}.quote`, message: `does not use "${data.term}"${data.expansion ? ` or "${data.expansion}"` : ''}`, fix: 'quote a passage where the article uses the term' });
      }
    });
  }
  return problems;
}
