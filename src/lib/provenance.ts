// Whose words a citation gives, and through whom, said in plain words for readers.
// Browser-safe: no dates, no node:*, so any page or script can use it.

/** The kinds of provenance an editor can write, in the order the authoring guide lists them. */
export const PROVENANCE_KINDS = ['report-quoted', 'report-paraphrased', 'outlet', 'person', 'relayed'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];

/** Which version of the report a citation's words come from. */
export const REPORT_VERSIONS = ['report', 'draft'] as const;
export type ReportVersion = (typeof REPORT_VERSIONS)[number];

/** Kinds that name who speaks (`by`): a person or body, or the other outlet relayed. */
export const KINDS_WITH_BY: readonly ProvenanceKind[] = ['person', 'relayed'];

export interface Provenance {
  /**
   * report-quoted: the outlet prints the report's own words; report-paraphrased: the outlet
   * sums the report up in its own words; outlet: the outlet's own reporting; person: a named
   * person's or body's statement; relayed: another outlet's reporting, passed on.
   */
  kind: ProvenanceKind;
  /** Actor id: who speaks (person, required) or which outlet is relayed (relayed; absent when unnamed). */
  by?: string;
  /** Actor id of an outlet a person's words came through ("told the Times"). */
  via?: string;
  /** The version of the report the words come from or pass through; "report" when left out. */
  of?: ReportVersion;
}

function reportName(of: ReportVersion | undefined): string {
  return of === 'draft' ? 'the draft report' : 'the report';
}

/** "The Example Times’" and "Example News’", but "ABC’s": an English possessive of a name. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/**
 * The provenance in plain words, starting with the outlet that printed the words:
 * "The Daily Example, quoting the report", "The Herald, citing The Example Times’ account of the draft report",
 * "Example News, citing Jane Doe". `nameOf` gives an actor's display name by id (the id itself
 * is shown if it is unknown, which the build does not allow).
 */
export function describeProvenance(provenance: Provenance, outlet: string, nameOf: (id: string) => string | undefined): string {
  const name = (id: string) => nameOf(id) ?? id;
  const { kind, by, via, of } = provenance;
  switch (kind) {
    case 'report-quoted':
      return `${outlet}, quoting ${reportName(of)}`;
    case 'report-paraphrased':
      return `${outlet}, paraphrasing ${reportName(of)}`;
    case 'outlet':
      return `${outlet}, in its own reporting`;
    case 'person': {
      const who = by === undefined ? 'a named speaker' : name(by);
      const through = via === undefined ? '' : `, as relayed by ${name(via)}`;
      const where = of === undefined ? '' : ` in ${reportName(of)}`;
      return `${outlet}, citing ${who}${where}${through}`;
    }
    case 'relayed': {
      if (by === undefined) return `${outlet}, citing other outlets’ reports${of === undefined ? '' : ` of ${reportName(of)}`}`;
      return of === undefined ? `${outlet}, citing ${name(by)}` : `${outlet}, citing ${possessive(name(by))} account of ${reportName(of)}`;
    }
  }
}
