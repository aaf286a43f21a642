// Rule: an event's earlier ids (old addresses) are not the id of another event, nor claimed twice.
import type { Problem } from '../problems.ts';

/** The parts of the content this rule reads (the full content passes as it is). */
export interface FormerIdsContent {
  events: { id: string; file: string; data: { title: string; formerIds?: string[] | undefined } }[];
}

export function findFormerIdProblems(content: FormerIdsContent): Problem[] {
  const problems: Problem[] = [];
  const current = new Map(content.events.map((e) => [e.id, e.file]));
  const claimed = new Map<string, string>();
  for (const { file, data } of content.events) {
    (data.formerIds ?? []).forEach((old, index) => {
      const field = `formerIds[${index}]`;
      const other = current.get(old);
      if (other) {
        problems.push({ file, field, message: `"${old}" is the id of an event that exists (${other})`, fix: 'list only ids no file has any more; an address cannot lead to two events' });
        return;
      }
      const twice = claimed.get(old);
      if (twice) problems.push({ file, field, message: `"${old}" is also listed as an earlier id by ${twice}`, fix: 'keep it on the one event that had that id' });
      else claimed.set(old, file);
    });
  }
  return problems;
}
