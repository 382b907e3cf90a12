/**
 * What a merge leaves in its audit record (JSON in the Change's details) so it can be undone:
 * exactly what it created on `keep`, and a snapshot of everything it removed.
 */
import type { EntityType, RelationType } from '../../__generated__/graphql';

export type Props = Record<string, unknown>;

export interface FactSnapshot {
  type: RelationType;
  props: Props;
  otherId: string;
  outgoing: boolean;
  evidence: Array<Props & { documentId: string }>;
}

export interface MergeUndo {
  keepId: string;
  goneId: string;
  /**
   * `keep` as it was: its names, and the status of each fact of its own that a moved fact made
   * stronger. `documentAliases` is absent in undo records written before aliases had a scope,
   * `statuses` in those written before it was kept.
   */
  keepBefore: {
    aliases: string[];
    nameKeys: string[];
    documentAliases?: string[];
    statuses?: Array<{ factId: string; status: string | null }>;
  };
  gone: {
    type: EntityType;
    props: Props;
    facts: FactSnapshot[];
    mentions: Array<{ documentId: string; text: string; start: number; end: number }>;
  };
  created: { factIds: string[]; evidenceIds: string[]; mentions: Array<{ documentId: string; start: number; end: number }> };
}
