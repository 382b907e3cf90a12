/** Validating mutation input through the bundle validator, with errors a client can act on. */
import { badInput } from '../../errors';
import type { GraphRunner } from '../../db/database';
import { findKnownGraph } from '../../store/knownGraph';
import { referencedIds, type RawBundle } from '../../domain/bundle/rawBundle';
import { validateBundle } from '../../domain/bundle/validateBundle';
import { InvalidBundleError, type ResolvedBundle } from '../../domain/bundle/resolvedBundle';

/**
 * Validates a bundle against itself and what the graph holds; BAD_USER_INPUT lists every
 * problem with its field ("input.evidence[0].quote: not found verbatim ...").
 */
export async function validateAgainstGraph(db: GraphRunner, raw: RawBundle, inputPrefix: RegExp): Promise<ResolvedBundle> {
  const known = await findKnownGraph(db, referencedIds(raw));
  try {
    return validateBundle(raw, known);
  } catch (error) {
    if (!(error instanceof InvalidBundleError)) throw error;
    const problems = error.problems.map((problem) => ({ field: problem.path.replace(inputPrefix, 'input'), message: problem.message }));
    throw Object.assign(badInput(problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')), {
      extensions: { code: 'BAD_USER_INPUT', problems },
    });
  }
}
