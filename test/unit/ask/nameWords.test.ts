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

  it('never joins names the engine found apart into one ("the EU and Japan" is not the EU-Japan Summit)', () => {
    expect(names('What did the EU and Japan sign?')).toEqual(['EU=european-union', 'Japan=japan']);
  });
});
