/**
 * Modality and tense cues for a proposal's status, as data. The nearest cue before the relation's
 * cue in the same sentence decides; none means the sentence reports it (REPORTED). A date after
 * the publication date also makes a reported fact PLANNED (see readStatus.ts).
 */
import type { ProposalStatus } from './types';

export interface StatusCue {
  phrase: string;
  status: ProposalStatus;
  /**
   * Also read after the relation's cue: a predicate that says when or whether its subject happens
   * ("The next Council is planned for 2025", "the forum is expected to meet").
   */
  after?: boolean;
}

export const STATUS_CUES: readonly StatusCue[] = [
  { phrase: 'will', status: 'PLANNED' },
  { phrase: "'ll", status: 'PLANNED' },
  { phrase: 'shall', status: 'PLANNED' },
  { phrase: 'plan*', after: true, status: 'PLANNED' },
  { phrase: 'intend*', status: 'PLANNED' },
  { phrase: 'intention', status: 'PLANNED' },
  { phrase: 'aim* to', status: 'PLANNED' },
  { phrase: 'seek* to', status: 'PLANNED' },
  { phrase: 'looking to', status: 'PLANNED' },
  { phrase: 'is set to', after: true, status: 'PLANNED' },
  { phrase: 'are set to', after: true, status: 'PLANNED' },
  { phrase: 'was set to', status: 'PLANNED' },
  { phrase: 'going to', status: 'PLANNED' },
  { phrase: 'scheduled', after: true, status: 'PLANNED' },
  { phrase: 'to be held', after: true, status: 'PLANNED' },
  { phrase: 'upcoming', status: 'PLANNED' },
  { phrase: 'forthcoming', status: 'PLANNED' },
  { phrase: 'expected', after: true, status: 'EXPECTED' },
  { phrase: 'expects', status: 'EXPECTED' },
  { phrase: 'should', status: 'EXPECTED' },
  { phrase: 'likely', status: 'EXPECTED' },
  { phrase: 'may', status: 'POSSIBLE' },
  { phrase: 'might', status: 'POSSIBLE' },
  { phrase: 'could', status: 'POSSIBLE' },
  { phrase: 'possibl*', status: 'POSSIBLE' },
  { phrase: 'explor*', status: 'POSSIBLE' },
  { phrase: 'consider*', status: 'POSSIBLE' },
  { phrase: 'potential*', status: 'POSSIBLE' },
];
