import { prefersHtml } from '../../src/http/prefersHtml';

describe('prefersHtml (GraphiQL or Apollo on GET /graphql)', () => {
  it.each([
    ['Chromium navigating', 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8'],
    ['Firefox navigating', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
    ['HTML only', 'text/html'],
    ['HTML above JSON', 'application/json;q=0.5, text/html'],
    ['odd spacing and case', ' Text/HTML ; q=1 , application/json ; q=0.2'],
  ])('is true for %s', (_name, accept) => {
    expect(prefersHtml(accept)).toBe(true);
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['curl (any type)', '*/*'],
    ['JSON', 'application/json'],
    ['the GraphQL response type', 'application/graphql-response+json, application/json;q=0.9'],
    ['a tie between JSON and HTML', 'application/json, text/html'],
    ['HTML refused', 'text/html;q=0, */*'],
    ['any text, JSON named', 'text/*, application/json'],
    ['a broken quality', 'text/html;q=abc'],
  ])('is false for %s', (_name, accept) => {
    expect(prefersHtml(accept)).toBe(false);
  });
});
