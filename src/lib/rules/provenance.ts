// Rule: every citation's provenance names actors that exist, and a relayed outlet is an organisation.
// The schema has already required the provenance and its `by` where the kind needs one.
import type { Problem } from '../problems.ts';
import { suggestId } from './content-index.ts';

interface ProvenanceIn {
  kind: string;
  by?: string | undefined;
  via?: string | undefined;
}

interface CitationIn {
  source: string;
  provenance?: ProvenanceIn | undefined;
}

interface EntryIn<T> {
  id: string;
  file: string;
  data: T;
}

/** The parts of the content this rule reads (the full content passes as it is). */
export interface ProvenanceContent {
  events: EntryIn<{ citations: CitationIn[] }>[];
  actors: EntryIn<{ kind?: string; citations: CitationIn[] }>[];
  disputes: EntryIn<{ readings: { citations: CitationIn[] }[] }>[];
  periods: EntryIn<{ citations: CitationIn[] }>[];
}

/** Problems with the actors that provenances name; broken actor files are reported at their own file. */
export function findProvenanceProblems(content: ProvenanceContent, broken: { actors?: { has(id: string): boolean } } = {}): Problem[] {
  const problems: Problem[] = [];
  const kinds = new Map(content.actors.map((a) => [a.id, a.data.kind]));
  const known = new Set(kinds.keys());

  function check(file: string, prefix: string, citations: readonly CitationIn[]): void {
    citations.forEach((citation, index) => {
      const provenance = citation.provenance;
      if (!provenance) return; // the schema reports a missing provenance
      const field = `${prefix}citations[${index}].provenance`;
      for (const key of ['by', 'via'] as const) {
        const id = provenance[key];
        if (id === undefined || known.has(id) || broken.actors?.has(id)) continue;
        const hint = suggestId(id, known);
        problems.push({
          file,
          field: `${field}.${key}`,
          message: `no actor "${id}" exists`,
          fix: hint ? `did you mean "${hint}"? write an id from content/actors/` : 'write the file name (without .md) of a person or outlet in content/actors/, or add one',
        });
      }
      if (provenance.kind === 'relayed' && provenance.by !== undefined && kinds.get(provenance.by) === 'person') {
        problems.push({
          file,
          field: `${field}.by`,
          message: `names a person ("${provenance.by}"), but relayed is another outlet's reporting`,
          fix: 'write the id of the outlet relayed, or use kind: person for a person\'s statement',
        });
      }
    });
  }

  for (const e of content.events) check(e.file, '', e.data.citations);
  for (const a of content.actors) check(a.file, '', a.data.citations);
  for (const d of content.disputes) d.data.readings.forEach((r, i) => check(d.file, `readings[${i}].`, r.citations));
  for (const p of content.periods) check(p.file, '', p.data.citations);
  return problems;
}
