/**
 * Asks every question of eval/questions.yaml through Query.ask's pipeline (services/askQuestion
 * answerFrom) over the seed files (seedAskSource), with no database, and scores each answer as
 * the integration test does over the API (score.ts). Used by `npm run eval`.
 */
import { answerFrom } from '../../src/services/askQuestion';
import type { RelationRecord } from '../../src/store/records';
import { loadQuestions } from './questions';
import { judge, type AskReply, type AskResult } from './score';
import { seedAskSource } from './seedAskSource';

const ends = (step: RelationRecord) =>
  step.direction === 'OUTGOING'
    ? { from: { id: step.selfId }, to: { id: step.otherId } }
    : { from: { id: step.otherId }, to: { id: step.selfId } };

export async function runAskEval(): Promise<AskResult[]> {
  const source = seedAskSource();
  const results: AskResult[] = [];
  for (const question of loadQuestions().questions) {
    const { value: answer, side } = await answerFrom(source, question.question);
    const quoted = (factId: string) => (side.evidence?.get(factId) ?? []).map((ev) => ({ document: { id: ev.documentId } }));
    const reply: AskReply = {
      understood: answer.understood,
      text: answer.text,
      count: answer.count,
      facts: answer.facts.map((fact) => ({ id: fact.id, status: fact.status, evidence: quoted(fact.id) })),
      dates: answer.dates.map((d) => ({ entity: { id: d.entityId }, date: { evidence: quoted(d.date.factId) } })),
      paths: answer.paths.map((p) => ({ start: { id: p.startId }, steps: p.steps.map(ends) })),
      documents: answer.documentIds.map((id) => ({ id })),
    };
    results.push({ question, ...judge(question, reply), text: answer.text });
  }
  return results;
}
