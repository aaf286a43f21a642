// Provenance of a citation: whose words the quote gives, and through whom they reached the outlet.
import { z } from 'astro/zod';
import { KINDS_WITH_BY, PROVENANCE_KINDS, REPORT_VERSIONS, type ProvenanceKind } from '../lib/provenance.ts';
import { idField } from './fields.ts';

const KIND_LIST = PROVENANCE_KINDS.join(', ');

export const provenanceSchema = z
  .strictObject(
    {
      /**
       * Whose words these are: report-quoted (the outlet prints the report's words), report-paraphrased
       * (the outlet sums the report up), outlet (the outlet's own reporting), person (a named person's or
       * body's statement: say who in `by`), relayed (another outlet's reporting: say which in `by`).
       */
      kind: z.enum(PROVENANCE_KINDS, { error: `must be one of ${KIND_LIST}; write e.g. kind: report-quoted` }),
      /**
       * person: the actor id of who speaks (required); relayed: the actor id of the outlet relayed,
       * left out only when the outlet does not name it ("reportedly").
       */
      by: idField.optional(),
      /** person: the actor id of an outlet the statement came through ("told the Times"). */
      via: idField.optional(),
      /** Which version of the report the words come from: report (the default) or draft. */
      of: z.enum(REPORT_VERSIONS, { error: 'must be report or draft; write e.g. of: draft' }).optional(),
    },
    { error: `must say whose words these are; write provenance: { kind: … } with kind one of ${KIND_LIST}` },
  )
  .superRefine((p, ctx) => {
    const needsBy = KINDS_WITH_BY.includes(p.kind as ProvenanceKind);
    if (p.kind === 'person' && p.by === undefined) {
      ctx.addIssue({ code: 'custom', path: ['by'], message: 'is missing; a person provenance names who speaks: write by: <actor id>, e.g. by: lee-gelernt' });
    }
    if (!needsBy && p.by !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['by'], message: `is only for kind person or relayed (got kind ${p.kind}); remove by:, or change the kind` });
    }
    if (p.via !== undefined && p.kind !== 'person') {
      ctx.addIssue({ code: 'custom', path: ['via'], message: `is only for kind person (got kind ${p.kind}); remove via:` });
    }
    if (p.of !== undefined && p.kind === 'outlet') {
      ctx.addIssue({ code: 'custom', path: ['of'], message: 'is not for the outlet’s own reporting; remove of:, or change the kind' });
    }
  });

export type ProvenanceInput = z.input<typeof provenanceSchema>;
export type ProvenanceData = z.output<typeof provenanceSchema>;
