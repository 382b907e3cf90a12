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
  /** `documentAliases` is absent in undo records written before aliases had a scope. */
  keepBefore: { aliases: string[]; nameKeys: string[]; documentAliases?: string[] };
  gone: {
    type: EntityType;
    props: Props;
    facts: FactSnapshot[];
    mentions: Array<{ documentId: string; text: string; start: number; end: number }>;
  };
  created: { factIds: string[]; evidenceIds: string[]; mentions: Array<{ documentId: string; start: number; end: number }> };
}
