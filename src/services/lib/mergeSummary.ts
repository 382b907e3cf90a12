/** The audit summary of a merge: mergeEntities writes it, and unmergeEntity for the merges it redoes. */
import type { MergeUndo } from '../../store/writes/mergeUndo';

export function mergeSummary(undo: MergeUndo): string {
  return `merged ${undo.goneId} into ${undo.keepId}: ${undo.created.factIds.length} facts moved, ${undo.created.evidenceIds.length} evidence items`;
}
