/**
 * The Cypher of a timeline, for each variant (one entity or everything, with or without a
 * period), without a database. Behaviour is tested against Neo4j elsewhere.
 */
import { timelineQueryFor } from '../../../src/store/timeline';
import { statement } from './statement';

describe('the Cypher of a timeline', () => {
  it("of one entity gathers its dated facts, its own date and its neighbours' dates", () => {
    expect(statement(timelineQueryFor({ entityId: 'japan', from: null, to: null }))).toMatchSnapshot();
  });

  it('of one entity within a period keeps the entries that overlap it', () => {
    expect(statement(timelineQueryFor({ entityId: 'japan', from: '2023', to: '2024-06' }))).toMatchSnapshot();
  });

  it('of everything gathers every dated fact and dated entity', () => {
    expect(statement(timelineQueryFor({ entityId: null, from: null, to: null }))).toMatchSnapshot();
  });

  it('of one entity with statuses keeps the entries of those statuses, as a parameter', () => {
    expect(statement(timelineQueryFor({ entityId: 'japan', from: null, to: null, statuses: ['PLANNED', 'EXPECTED'] }))).toMatchSnapshot();
  });

  it('builds each variant once: the same filters give the same named query', () => {
    expect(timelineQueryFor({ entityId: null, from: '2024', to: null, statuses: ['PLANNED'] })).toBe(
      timelineQueryFor({ entityId: null, from: null, to: '2026', statuses: ['EXPECTED'] }),
    );
  });

  it('of everything within a period filters on the day keys of both ends', () => {
    expect(statement(timelineQueryFor({ entityId: null, from: null, to: '2024' }))).toMatchSnapshot();
  });
});
