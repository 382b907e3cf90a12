/**
 * Synthetic source documents whose text states the facts: each fact gets a sentence in one
 * document (one in ten in a second one too), each dated event a sentence giving its date. The
 * evidence quotes and the mentions are located as the text is built, so every quote is a real
 * substring at its offsets (`text.slice(start, end) === quote`), as the validator requires.
 */
import { entityDateFactId, evidenceIdOf } from '../../src/domain/ids';
import type {
  ResolvedDocument,
  ResolvedEntity,
  ResolvedEvidence,
  ResolvedFact,
  ResolvedMention,
} from '../../src/domain/bundle/resolvedBundle';
import { randomDate, spokenDate } from './dates';
import type { Random } from './random';
import { sentenceParts } from './sentences';
import { FIELDS, PUBLISHERS } from './vocabulary';

const SECOND_SOURCE_SHARE = 0.1;
const ALIAS_SHARE = 0.3;

export interface SyntheticDocuments {
  documents: ResolvedDocument[];
  evidence: ResolvedEvidence[];
  mentions: ResolvedMention[];
}

/** What goes into a document: a fact (its index) or a dated entity (its date sentence). */
type Item = { fact: number } | { dated: ResolvedEntity };

/** Builds one document's text piece by piece, recording where each piece starts. */
class TextBuilder {
  private readonly pieces: string[] = [];
  length = 0;
  append(piece: string): number {
    const start = this.length;
    this.pieces.push(piece);
    this.length += piece.length;
    return start;
  }
  toString(): string {
    return this.pieces.join('');
  }
}

export function generateDocuments(
  count: number,
  entities: readonly ResolvedEntity[],
  facts: readonly ResolvedFact[],
  random: Random,
): SyntheticDocuments {
  const items: Item[][] = Array.from({ length: count }, () => []);
  for (let index = 0; index < facts.length; index += 1) {
    const first = random.int(count);
    items[first]!.push({ fact: index });
    if (count > 1 && random.chance(SECOND_SOURCE_SHARE)) items[(first + 1 + random.int(count - 1)) % count]!.push({ fact: index });
  }
  for (const entity of entities) if (entity.date !== null) items[random.int(count)]!.push({ dated: entity });

  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const surface = (entity: ResolvedEntity) =>
    entity.aliases.length > 0 && random.chance(ALIAS_SHARE) ? random.pick(entity.aliases) : entity.name;
  const documents: ResolvedDocument[] = [];
  const evidence: ResolvedEvidence[] = [];
  const mentions: ResolvedMention[] = [];

  for (const [index, documentItems] of items.entries()) {
    const id = `synthetic-document-${index.toString().padStart(6, '0')}`;
    const publisher = random.pick(PUBLISHERS);
    const title = `${publisher} report ${index}: cooperation on ${random.pick(FIELDS)}`;
    const text = new TextBuilder();
    text.append(`${title}\n\n`);
    const mention = (entity: ResolvedEntity, form: string) => {
      const start = text.append(form);
      mentions.push({ documentId: id, entityId: entity.id, text: form, start, end: start + form.length });
    };
    for (const [position, item] of documentItems.entries()) {
      if (position > 0) text.append(' ');
      const sentenceStart = text.length;
      let factId: string;
      let status: ResolvedEvidence['status'];
      if ('fact' in item) {
        const fact = facts[item.fact]!;
        const parts = sentenceParts(fact.type, fact.status, fact.role, fact.date ? spokenDate(fact.date) : null);
        text.append(parts.lead);
        mention(byId.get(fact.fromId)!, surface(byId.get(fact.fromId)!));
        text.append(parts.middle);
        mention(byId.get(fact.toId)!, surface(byId.get(fact.toId)!));
        text.append(parts.tail);
        ({ id: factId, status } = fact);
      } else {
        mention(item.dated, item.dated.name);
        text.append(` took place ${spokenDate(item.dated.date!)}.`);
        factId = entityDateFactId(item.dated.id);
        status = item.dated.dateStatus!;
      }
      evidence.push({
        id: evidenceIdOf(factId, id, sentenceStart),
        factId,
        documentId: id,
        quote: '',
        start: sentenceStart,
        end: text.length,
        status,
      });
    }
    const body = text.toString();
    // Quotes are cut from the finished text, so they are substrings by construction.
    for (let at = evidence.length - documentItems.length; at < evidence.length; at += 1) {
      const item = evidence[at]!;
      item.quote = body.slice(item.start, item.end);
    }
    const published = randomDate(random);
    documents.push({
      id,
      title,
      titleIsEditorial: false,
      section: null,
      publisher,
      author: null,
      publishedAt: published.value,
      publishedAtPrecision: published.precision,
      publishedAtInferred: false,
      url: null,
      language: 'en',
      machineTranslated: false,
      text: body,
    });
  }
  return { documents, evidence, mentions };
}
