/**
 * A bundle after validation: every reference checked, every quote located in its document with
 * offsets, ids derived. This is what the graph loader writes, and the only thing it accepts.
 */
import type { DatePrecision, EntityType, FactStatus, RelationType } from '../../__generated__/graphql';

export interface ResolvedDocument {
  id: string;
  title: string;
  titleIsEditorial: boolean;
  section: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  publishedAtPrecision: DatePrecision | null;
  publishedAtInferred: boolean;
  url: string | null;
  language: string;
  machineTranslated: boolean;
  text: string;
}

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  /** The Neo4j label, from the ontology (never from input). */
  label: string;
  name: string;
  description: string | null;
  unresolved: boolean;
  aliases: string[];
  /** The aliases with `scope: document`, encoded by documentAliases.ts (they are in `aliases` too). */
  documentAliases: string[];
  nameKey: string;
  nameKeys: string[];
  date: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision | null;
  dateInferred: boolean | null;
  dateStatus: FactStatus | null;
}

export interface ResolvedMention {
  documentId: string;
  entityId: string;
  text: string;
  start: number;
  end: number;
}

export interface ResolvedFact {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  status: FactStatus;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateInferred: boolean | null;
  role: string | null;
  note: string | null;
}

export interface ResolvedEvidence {
  id: string;
  /** A fact id, or an entity's date pseudo fact id ("<entity>.DATE"). */
  factId: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
  status: FactStatus;
}

export interface ResolvedBundle {
  documents: ResolvedDocument[];
  entities: ResolvedEntity[];
  mentions: ResolvedMention[];
  facts: ResolvedFact[];
  evidence: ResolvedEvidence[];
}

export interface BundleProblem {
  file: string;
  path: string;
  message: string;
}

export class InvalidBundleError extends Error {
  override name = 'InvalidBundleError';
  constructor(readonly problems: BundleProblem[]) {
    super(
      `The bundle is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:\n` +
        problems.map((p) => `  ${p.file} ${p.path}: ${p.message}`).join('\n'),
    );
  }
}
