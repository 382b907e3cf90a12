import { findNames } from '../../../src/domain/ask/findNames';
import { buildNameIndex } from '../../../src/domain/names';
import { loadSeedEntities } from '../../../bench/names-eval/evalSet';

const index = buildNameIndex(loadSeedEntities());
const names = (question: string) => findNames(question, index).map((name) => `${name.text}=${name.entityId}`);

describe("a question's names found by their words when the name engine finds none", () => {
  it('allows a typo of one letter in a long word and one word of the name left out', () => {
    expect(names('Has the Digitial Agency of Japan signed the memorandum?')).toContain('Digitial Agency of Japan=digital-agency-japan');
    expect(names('Who co-chaired the EU-Korea Digital Partnership Council?')).toEqual([
      'EU-Korea Digital Partnership Council=eu-korea-dpc-2024',
    ]);
  });

  it('looks up a lone capitalised word the index does not hold, which may be a misspelt surname', () => {
    expect(names('What is the source for Virkunen co-chairing the council?')).toContain('Virkunen=henna-virkkunen');
  });

  it('reads a plural as a kind, not as the one entity of that name ("EU-Japan summits")', () => {
    expect(names('How many EU-Japan summits do the articles mention?')).not.toContain('EU-Japan summits=eu-japan-summit-2023');
  });

  it('keeps an ordinal before the name: "the first ... Council" is not the second one', () => {
    expect(names('When was the first EU-Japan Digital Partnership Council held?').join()).not.toMatch(/eu-japan-dpc-/);
  });

  it('finds a name or alias written in lower case only when every word of it is there, none changed', () => {
    expect(names('how does the memorandum of cooperation relate to the mutual recognition of academic qualifications?')).toEqual([
      'memorandum of cooperation=eu-japan-moc-digital-identities-trust-services',
      'mutual recognition of academic qualifications=eu-japan-academic-qualifications-recognition',
    ]);
    expect(names('how does the memorandum of cooperaton relate to it?').join()).not.toMatch(/moc/);
  });

  it('takes names written before a name that carries them as its qualifier ("EU-Japan joint working groups")', () => {
    expect(names('What are the possible EU-Japan joint working groups on data supposed to do?')).toEqual([
      'EU-Japan joint working groups=eu-japan-data-space-working-groups',
    ]);
    expect(names('What did the EU and Japan sign?')).toEqual(['EU=european-union', 'Japan=japan']);
  });

  it('finds a thing described by a lower-case compound of words of its name alone ("the academic-qualifications commitment")', () => {
    expect(names('What do the Memorandum of Cooperation and the academic-qualifications commitment share?')).toEqual([
      'Memorandum of Cooperation=eu-japan-moc-digital-identities-trust-services',
      'academic-qualifications commitment=eu-japan-academic-qualifications-recognition',
    ]);
    // Words of several names ("partnership-council": every Digital Partnership Council) name none.
    expect(names('What did the partnership-council meetings cover?')).toEqual([]);
  });

  it('reads a lone capitalised word one letter off a one-word name as that name, never a plural', () => {
    expect(names('How is Brussels connected to Tokio?')).toEqual(['Brussels=brussels', 'Tokio=tokyo']);
    expect(names('How many EU-Japan Digital Partnership Councils are mentioned?')).toEqual([
      'EU-Japan Digital Partnership=eu-japan-digital-partnership',
    ]);
  });

  it('never joins names the engine found apart into one ("the EU and Japan" is not the EU-Japan Summit)', () => {
    expect(names('What did the EU and Japan sign?')).toEqual(['EU=european-union', 'Japan=japan']);
  });
});
