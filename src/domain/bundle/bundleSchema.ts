/**
 * The shape of a bundle as people write it (seed/*.yaml, ingest files): documents, entities and
 * facts referring to each other by id, evidence as verbatim quotes. Shape only; the cross-file
 * rules (references, ontology, quotes found in documents) are in validateBundle.ts.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { nameKey } from '../nameKey';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isoDate = z.string().refine(isIsoDate, 'must be a calendar date at its precision: YYYY, YYYY-MM or YYYY-MM-DD');

/*
 * The documented limits of what a write may store (docs/limits.md), in characters (UTF-16 code
 * units). Ids, name keys and fact ids (built from ids and a role's key) are indexed, and Neo4j
 * refuses an index key of about 8 KB (8,167 bytes of UTF-8 on 5.26); these bounds keep the
 * longest fact or evidence id (two ids, a role key, a document id) near 3,700 bytes.
 */
/** Entity and document ids (kebab-case ASCII). */
export const MAX_ID = 200;
/** Names, aliases and roles. */
export const MAX_NAME = 300;
/**
 * A name's key (domain/nameKey), which is indexed: compatibility forms can expand (U+FDFA is 18
 * letters), so a 300-character name could make a key too large to index.
 */
export const MAX_NAME_KEY = 1_000;
/** Descriptions and notes. */
export const MAX_DESCRIPTION = 2_000;
/** An evidence quote. */
export const MAX_QUOTE = 2_000;
/** A document's title. */
export const MAX_TITLE = 500;
/** A document's section, publisher and author. */
export const MAX_SOURCE_FIELD = 200;
/** A document's URL. */
export const MAX_URL = 2_000;
/** The documented limit of a document's text. */
export const MAX_DOCUMENT_TEXT = 500_000;
/** A retraction's reason. */
export const MAX_RETRACT_REASON = 1_000;

export const entityId = z
  .string()
  .max(MAX_ID, `must be at most ${MAX_ID} characters`)
  .regex(ID, 'must be a kebab-case id (a-z, 0-9, single hyphens)');
const status = z.enum(['REPORTED', 'PLANNED', 'EXPECTED', 'POSSIBLE']);

// C0 controls other than tab and newlines, DEL, and the bidirectional overrides and isolates:
// invisible in a name, they make two different strings look the same (or spoof what follows).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_NAMES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !UNSAFE_IN_NAMES.test(value), 'must not contain control or bidirectional-override characters');

/** Text people read: at least one letter or digit (not only punctuation or invisible characters). */
const wordsText = (max: number) => text(max).refine((value) => /[\p{L}\p{N}]/u.test(value), 'must contain a letter or digit');

/**
 * The one rule for names (entity names, aliases, roles): a name is found by its letters and digits
 * (domain/nameKey), so one made only of punctuation or invisible characters (a zero-width space)
 * could never be looked up, and looks like nothing; and its key must fit the index.
 */
const nameText = (max: number) =>
  wordsText(max).refine((value) => nameKey(value).length <= MAX_NAME_KEY, `its normal form must be at most ${MAX_NAME_KEY} characters`);

/** An entity's name or an alias, as upsertEntity, addAlias and bundles check it. */
export const entityName = nameText(MAX_NAME);

/** Why a fact was retracted: read by people in the history, so words, no control characters. */
export const retractReason = wordsText(MAX_RETRACT_REASON);

export const evidenceInput = z.strictObject({
  document: entityId,
  quote: z.string().min(1, 'must not be empty').max(MAX_QUOTE, `must be at most ${MAX_QUOTE} characters`),
  status: status.optional(),
  /** 1-based, required only when the quote occurs more than once in the document. */
  occurrence: z.number().int().positive().optional(),
});

export const documentInput = z.strictObject({
  id: entityId,
  title: text(MAX_TITLE),
  titleIsEditorial: z.boolean().default(false),
  section: text(MAX_SOURCE_FIELD).nullish(),
  publisher: text(MAX_SOURCE_FIELD).nullish(),
  author: text(MAX_SOURCE_FIELD).nullish(),
  publishedAt: isoDate.nullish(),
  publishedAtInferred: z.boolean().default(false),
  url: z.string().max(MAX_URL, `must be at most ${MAX_URL} characters`).pipe(z.url()).nullish(),
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
  text: entityName,
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
  name: entityName,
  description: text(MAX_DESCRIPTION).nullish(),
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
  role: nameText(MAX_NAME).nullish(),
  note: text(MAX_DESCRIPTION).nullish(),
  evidence: z.array(evidenceInput).min(1, 'a fact needs at least one piece of evidence'),
});

export type EvidenceInput = z.infer<typeof evidenceInput>;
export type DocumentInput = z.infer<typeof documentInput>;
export type EntityInput = z.infer<typeof entityInput>;
export type FactInput = z.infer<typeof factInput>;
