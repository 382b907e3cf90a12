/**
 * The shape of a bundle as people write it (seed/*.yaml, ingest files): documents, entities and
 * facts referring to each other by id, evidence as verbatim quotes. Shape only; the cross-file
 * rules (references, ontology, quotes found in documents) are in validateBundle.ts.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isoDate = z.string().refine(isIsoDate, 'must be a calendar date at its precision: YYYY, YYYY-MM or YYYY-MM-DD');

export const entityId = z.string().regex(ID, 'must be a kebab-case id (a-z, 0-9, single hyphens)');
const status = z.enum(['REPORTED', 'PLANNED', 'EXPECTED']);

/** The documented limit of a document's text, in characters (UTF-16 code units). */
export const MAX_DOCUMENT_TEXT = 500_000;

// C0 controls other than tab and newlines, DEL, and the bidirectional overrides and isolates:
// invisible in a name, they make two different strings look the same (or spoof what follows).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_NAMES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !UNSAFE_IN_NAMES.test(value), 'must not contain control or bidirectional-override characters');

// A name is found by its letters and digits (domain/nameKey): one made only of punctuation or
// invisible characters (a zero-width space) could never be looked up, and looks like nothing.
const nameText = (max: number) => text(max).refine((value) => /[\p{L}\p{N}]/u.test(value), 'must contain a letter or digit');

/** The documented limit of a retraction's reason, in characters. */
export const MAX_RETRACT_REASON = 1_000;

/** Why a fact was retracted: read by people in the history, so words, no control characters. */
export const retractReason = nameText(MAX_RETRACT_REASON);

export const evidenceInput = z.strictObject({
  document: entityId,
  quote: z.string().min(1).max(2_000),
  status: status.optional(),
  /** 1-based, required only when the quote occurs more than once in the document. */
  occurrence: z.number().int().positive().optional(),
});

export const documentInput = z.strictObject({
  id: entityId,
  title: text(500),
  titleIsEditorial: z.boolean().default(false),
  section: text(200).nullish(),
  publisher: text(200).nullish(),
  author: text(200).nullish(),
  publishedAt: isoDate.nullish(),
  publishedAtInferred: z.boolean().default(false),
  url: z.url().nullish(),
  language: z.string().min(2).max(10).default('en'),
  machineTranslated: z.boolean().default(false),
  /** Where the text comes from: inline, or a file beside the metadata (seed documents). */
  text: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_DOCUMENT_TEXT, `may be at most ${MAX_DOCUMENT_TEXT} characters`)
    .refine((value) => !value.includes('\u0000'), 'must not contain NUL characters')
    .refine((value) => value.trim().length > 0, 'must not be blank')
    .optional(),
  textFile: z.string().min(1).optional(),
  corpusFile: z.string().optional(),
});

export const aliasInput = z.strictObject({
  text: nameText(300),
  /** Where the form was seen; it must occur there. Optional for aliases added by editors. */
  document: entityId.optional(),
  /**
   * `document`: the form names the entity only inside that article ("the council", "memorandum of
   * cooperation"), so a name resolver must not link it elsewhere. Absent means general. The graph
   * loader keeps such a form among the aliases and also in `documentAliases` (documentAliases.ts),
   * which the name index (domain/names) reads; `document` scope needs the document.
   */
  scope: z.enum(['general', 'document']).optional(),
});

export const entityInput = z.strictObject({
  id: entityId,
  type: z.string(),
  name: nameText(300),
  description: text(2_000).nullish(),
  unresolved: z.boolean().default(false),
  aliases: z.array(aliasInput).default([]),
  date: z
    .strictObject({
      value: isoDate,
      endValue: isoDate.nullish(),
      inferred: z.boolean().default(false),
      status: status,
      evidence: z.array(evidenceInput).min(1),
    })
    .nullish(),
});

export const factInput = z.strictObject({
  type: z.string(),
  from: entityId,
  to: entityId,
  status: status,
  date: isoDate.nullish(),
  dateInferred: z.boolean().default(false),
  role: text(300).nullish(),
  note: text(2_000).nullish(),
  evidence: z.array(evidenceInput).min(1, 'a fact needs at least one piece of evidence'),
});

export type EvidenceInput = z.infer<typeof evidenceInput>;
export type DocumentInput = z.infer<typeof documentInput>;
export type EntityInput = z.infer<typeof entityInput>;
export type FactInput = z.infer<typeof factInput>;
