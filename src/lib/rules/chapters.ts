// Content rule for chapters: every citation verbatim in its source, and the span no more precise than
// its quotes (or a dateNote) show; one Problem per fault, in the shape of every other content rule.
import { parseEventDate } from '../dates.ts';
import { findClosestPassage, findQuoteParagraph, splitParagraphs } from '../paragraphs.ts';
import type { Problem } from '../problems.ts';
import { quotesSupportPrecision, type Entry } from '../verify.ts';

export interface ChapterEntryData {
  title: string;
  date: string;
  dateNote?: string | undefined;
  citations: { source: string; quote: string }[];
}

/** Problems with chapters, given the sources they cite. */
export function findChapterProblems(chapters: readonly Entry<ChapterEntryData>[], sources: readonly Entry<{ body: string }>[], brokenSources: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const paragraphsOf = new Map(sources.map((s) => [s.id, splitParagraphs(s.data.body)]));
  const seen = new Map<string, string>();
  for (const { id, file, data } of chapters) {
    const twin = seen.get(id);
    if (twin) problems.push({ file, field: '(file)', message: `has the same id "${id}" as ${twin}`, fix: 'rename one of the two files; the file name is the permanent id' });
    else seen.set(id, file);
    data.citations.forEach((citation, index) => {
      const field = `citations[${index}]`;
      const paragraphs = paragraphsOf.get(citation.source);
      if (!paragraphs) {
        if (!brokenSources.has(citation.source)) {
          problems.push({ file, field: `${field}.source`, message: `no source "${citation.source}" exists`, fix: 'write the file name (without .md) of an entry in content/sources/' });
        }
        return;
      }
      if (findQuoteParagraph(paragraphs, citation.quote) === -1) {
        const closest = findClosestPassage(paragraphs, citation.quote);
        problems.push({
          file,
          field: `${field}.quote`,
          message: `not found in source "${citation.source}"${closest ? ` (closest passage: "${closest}")` : ''}`,
          fix: `copy the words exactly from one paragraph of content/sources/${citation.source}.md`,
        });
      }
    });
    const parsed = parseEventDate(data.date);
    if (!parsed.ok) continue; // the schema has reported it
    if (!data.dateNote && !quotesSupportPrecision(parsed.date, data.citations.map((c) => c.quote))) {
      problems.push({
        file,
        field: 'date',
        message: `"${data.date}" is more precise than the quotes show (they do not name the ${parsed.date.from.precision})`,
        fix: 'quote the words that give the date, make the date less precise, or add a dateNote on how it was derived',
      });
    }
  }
  return problems;
}
