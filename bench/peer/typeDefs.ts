/**
 * Type definitions that let @neo4j/graphql read our stored graph as it is: nodes labelled
 * Entity (plus their type's label, not modelled: one Entity type with a `type` property),
 * Document and Evidence; one relationship field per stored relationship type and direction
 * (generated from the ontology), each with the fact's properties. Evidence hangs off a fact by
 * `factId`, not by a relationship, so the peer reaches it through a @cypher field.
 * Read-only: no mutations are generated.
 */
import { ontology } from '../../src/domain/ontology';

/** PARTICIPATED_IN -> participatedIn (outgoing) and participatedInBy (incoming). */
export const fieldOf = (type: string) => type.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

export function peerTypeDefs(): string {
  const relationFields = ontology()
    .relationTypes.flatMap((type) => [
      `${fieldOf(type)}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Fact")`,
      `${fieldOf(type)}By: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Fact")`,
    ])
    .join('\n    ');
  return `
  type Entity @node(labels: ["Entity"]) @mutation(operations: [])
    @fulltext(indexes: [{ indexName: "entity_search", fields: ["name", "description"], queryName: "searchEntities" }]) {
    id: ID!
    type: String!
    name: String!
    nameKey: String!
    nameKeys: [String!]!
    aliases: [String!]!
    description: String
    unresolved: Boolean
    date: String
    dateEnd: String
    datePrecision: String
    dateInferred: Boolean
    dateStatus: String
    mentionedIn: [Document!]! @relationship(type: "MENTIONS", direction: IN, properties: "Mention")
    ${relationFields}
  }

  type Fact @relationshipProperties {
    id: ID!
    status: String!
    date: String
    datePrecision: String
    dateInferred: Boolean
    role: String
    note: String
    evidence: [Evidence!]!
      @cypher(statement: "MATCH (ev:Evidence {factId: this.id})-[:QUOTED_FROM]->(d:Document) WITH ev ORDER BY d.id, ev.start RETURN ev", columnName: "ev")
  }

  type Mention @relationshipProperties {
    text: String!
    start: Int!
    end: Int!
  }

  type Evidence @node @mutation(operations: []) {
    id: ID!
    factId: String!
    quote: String!
    start: Int!
    end: Int!
    status: String!
    document: [Document!]! @relationship(type: "QUOTED_FROM", direction: OUT)
  }

  type Document @node @mutation(operations: []) {
    id: ID!
    title: String!
    publisher: String
    author: String
    publishedAt: String
    text: String!
  }

  type Query {
    "Entity by any of its names: the same keyword full-text index and ranking as ours."
    entityByName(phrase: String!, key: String!): [Entity!]!
      @cypher(
        statement: "CALL db.index.fulltext.queryNodes('entity_name_keys', $phrase) YIELD node WITH node ORDER BY CASE WHEN node.nameKey = $key THEN 0 ELSE 1 END, node.id LIMIT 1 RETURN node"
        columnName: "node"
      )
  }
  `;
}
