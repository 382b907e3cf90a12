/**
 * Per-request batching: every nested field that needs the graph goes through one of these, so a
 * request costs one round trip per kind of data (entities, relations, evidence, documents,
 * mentions), not one per item. Created fresh for each request: no cache outlives it. The only
 * code that knows DataLoader is in this folder.
 */
import DataLoader from 'dataloader';
import type { GraphRunner } from '../../db/database';
import { findDocumentsByIds, findDocumentTexts, findMentionsByDocumentIds, findMentionsByEntityIds } from '../../store/documents';
import { findCandidatesByDocumentIds, findCandidatesByIds } from '../../store/candidates';
import { findChangesByIds } from '../../store/changeFeed';
import { findEntitiesByIds } from '../../store/entities';
import { findEvidenceByFactIds, findLiveEvidenceByIds } from '../../store/evidence';
import { findLiveFactsByIds } from '../../store/facts';
import { factShapeKey, findFactsByShape, findProposalsByIds, type FactShape } from '../../store/proposals';
import type {
  CandidateRecord,
  ChangeRecord,
  DocumentRecord,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  ProposalRecord,
  Read,
  RelationPage,
  RelationRecord,
  SearchPage,
} from '../../store/records';
import type { SearchRequest } from '../../store/search';
import { byKey, groupBy } from './batch';
import { documentFactsLoader, type DocumentFactsKey } from './documentFacts';
import { prime } from './prime';
import { relationPagesLoader, type RelationPageKey } from './relationPages';
import { entityIdByNameLoader, redirectLoader, searchLoader } from './rootLookups';

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  document: DataLoader<string, DocumentRecord | null>;
  /** A document's text, for records read without it (DocumentRecord.text); null if it vanished. */
  documentText: DataLoader<string, string | null>;
  evidence: DataLoader<string, EvidenceRecord[]>;
  mentions: DataLoader<string, MentionRecord[]>;
  documentMentions: DataLoader<string, MentionRecord[]>;
  /** A document's name candidates, every state, in text order. */
  documentCandidates: DataLoader<string, CandidateRecord[]>;
  /** A live fact by id, read from its start entity (Query.node). */
  fact: DataLoader<string, RelationRecord | null>;
  /** A recorded change by its id (Query.node, for callers with a read token). */
  change: DataLoader<string, ChangeRecord | null>;
  /** A passage of evidence by its own id (Query.node). */
  evidenceById: DataLoader<string, EvidenceRecord | null>;
  /** A name candidate by id (Query.node). */
  candidate: DataLoader<string, CandidateRecord | null>;
  /** A fact proposal by id. */
  proposal: DataLoader<string, ProposalRecord | null>;
  /** The live fact with a proposal's type and ends (Proposal.corroborates). */
  factByShape: DataLoader<FactShape, RelationRecord | null, string>;
  relations: DataLoader<RelationPageKey, RelationPage, string>;
  documentFacts: DataLoader<DocumentFactsKey, RelationPage, string>;
  /** Root lookups a request may repeat under aliases (rootLookups.ts). */
  entityIdByName: DataLoader<string, string | null>;
  redirect: DataLoader<string, string | null>;
  search: DataLoader<SearchRequest, SearchPage, string>;
  /** A store read's answer, after its side records went to these loaders. */
  primed<T>(read: Read<T>): T;
}

export function createLoaders(db: GraphRunner): Loaders {
  const entity = new DataLoader<string, EntityRecord | null>(async (ids) => byKey(ids, await findEntitiesByIds(db, ids), (e) => e.id));
  const document = new DataLoader<string, DocumentRecord | null>(async (ids) => byKey(ids, await findDocumentsByIds(db, ids), (d) => d.id));
  const evidence = new DataLoader<string, EvidenceRecord[]>(async (factIds) =>
    groupBy(factIds, await findEvidenceByFactIds(db, factIds), (e) => e.factId),
  );
  const fact = new DataLoader<string, RelationRecord | null>(async (ids) => byKey(ids, await findLiveFactsByIds(db, ids), (f) => f.id));
  const targets = { entity, document, evidence, fact };
  return {
    entity,
    document,
    evidence,
    documentText: new DataLoader(async (ids) => {
      const texts = await findDocumentTexts(db, ids);
      return ids.map((id) => texts.get(id) ?? null);
    }),
    mentions: new DataLoader(async (ids) => groupBy(ids, await findMentionsByEntityIds(db, ids), (m) => m.entityId)),
    documentMentions: new DataLoader(async (ids) => groupBy(ids, await findMentionsByDocumentIds(db, ids), (m) => m.documentId)),
    documentCandidates: new DataLoader(async (ids) => groupBy(ids, await findCandidatesByDocumentIds(db, ids), (c) => c.documentId)),
    fact,
    change: new DataLoader(async (ids) => byKey(ids, await findChangesByIds(db, ids), (c) => c.id)),
    evidenceById: new DataLoader(async (ids) => byKey(ids, await findLiveEvidenceByIds(db, ids), (e) => e.id)),
    candidate: new DataLoader(async (ids) => byKey(ids, await findCandidatesByIds(db, ids), (c) => c.id)),
    proposal: new DataLoader(async (ids) => byKey(ids, await findProposalsByIds(db, ids), (p) => p.id)),
    factByShape: new DataLoader(
      async (shapes) => {
        const found = await findFactsByShape(db, shapes);
        return shapes.map((shape) => found.get(factShapeKey(shape)) ?? null);
      },
      { cacheKeyFn: factShapeKey },
    ),
    relations: relationPagesLoader(db, targets),
    documentFacts: documentFactsLoader(db),
    entityIdByName: entityIdByNameLoader(db, targets),
    redirect: redirectLoader(db),
    search: searchLoader(db, targets),
    primed(read) {
      prime(targets, read.side);
      return read.value;
    },
  };
}
