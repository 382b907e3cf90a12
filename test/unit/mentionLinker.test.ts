import { candidateSpans, isLinkableForm } from '../../src/domain/mentionSpans';

describe('mention candidates', () => {
  it('are every run of one to six words, with offsets into the text', () => {
    const text = 'Henna Virkkunen met Minoru Kiuchi.';
    const spans = candidateSpans(text);
    expect(spans).toContainEqual({ start: 0, end: 15, key: 'henna virkkunen' });
    expect(spans).toContainEqual({ start: 20, end: 33, key: 'minoru kiuchi' });
    for (const span of spans) expect(text.slice(span.start, span.end).split(/\s+/).length).toBeLessThanOrEqual(6);
  });
});

describe('linkable aliases', () => {
  it('exclude forms that only make sense inside their own article', () => {
    expect(isLinkableForm('The council', false)).toBe(false);
    expect(isLinkableForm('both partners', false)).toBe(false);
    expect(isLinkableForm('companies', false)).toBe(false);
  });

  it('include names and acronyms, and every canonical name', () => {
    expect(isLinkableForm('Hena Wilkunen', false)).toBe(true);
    expect(isLinkableForm('AI office', false)).toBe(true);
    expect(isLinkableForm('competitiveness', true)).toBe(true);
  });
});
