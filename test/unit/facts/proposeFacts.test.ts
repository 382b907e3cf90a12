/** Fact proposals from small texts over the name-resolution test graph (no database). */
import { proposeFacts, type FactProposal } from '../../../src/domain/facts';
import { resolveMentions } from '../../../src/domain/names';
import { entities, index } from '../names/fixtures';

const byId = new Map(entities.map((entity) => [entity.id, entity]));

function propose(text: string, publishedAt: string | null = '2025-05-12'): FactProposal[] {
  const resolution = resolveMentions(text, index, { publishedAt, documentId: 'doc-test' });
  return proposeFacts({ text, publishedAt, resolution, entityOf: (id) => byId.get(id) });
}

const key = (proposal: FactProposal) => `${proposal.type} ${proposal.from.id} ${proposal.to.id}`;

describe('fact proposals', () => {
  test('a sentence saying the EU and Japan will sign a memorandum proposes two SIGNED facts with status PLANNED', () => {
    const proposals = propose(
      'The European Union and Japan will sign the Memorandum of Cooperation on Digital Identities and Trust Services next year.',
    );
    const signed = proposals.filter((proposal) => proposal.type === 'SIGNED');
    expect(signed.map(key).sort()).toEqual(['SIGNED european-union moc-identity', 'SIGNED japan moc-identity']);
    expect(signed.map((proposal) => proposal.status)).toEqual(['PLANNED', 'PLANNED']);
    expect(signed[0]!.cue.phrase).toBe('sign*');
  });

  test('"co-chaired by" proposes CO_CHAIRED for each person named, with the council', () => {
    const proposals = propose('The Third EU-Japan Digital Partnership Council was co-chaired by Henna Virkkunen and Minoru Kiuchi.');
    expect(
      proposals
        .filter((proposal) => proposal.type === 'CO_CHAIRED')
        .map(key)
        .sort(),
    ).toEqual(['CO_CHAIRED henna-virkkunen dpc-3', 'CO_CHAIRED minoru-kiuchi dpc-3']);
  });

  test('"today" dates a fact at the publication day, marked inferred', () => {
    const [held] = propose('The Third EU-Japan Digital Partnership Council was held today in Tokyo.').filter(
      (proposal) => proposal.type === 'HELD_IN',
    );
    expect(held?.date).toMatchObject({ value: '2025-05-12', precision: 'DAY', inferred: true });
    expect(held?.status).toBe('REPORTED');
  });

  test('a bare year is a YEAR date that is not inferred, and a later year makes the fact PLANNED', () => {
    const [held] = propose('The Fourth EU-Japan Digital Partnership Council takes place in Tokyo in 2026.').filter(
      (proposal) => proposal.type === 'HELD_IN',
    );
    expect(held?.date).toMatchObject({ value: '2026', precision: 'YEAR', inferred: false });
    expect(held?.status).toBe('PLANNED');
  });

  test('"is expected to" makes a fact EXPECTED and "may" makes it POSSIBLE', () => {
    const expected = propose('Japan is expected to support Data Free Flow with Trust.').find((proposal) => proposal.type === 'SUPPORTS');
    const possible = propose('Japan may support Data Free Flow with Trust.').find((proposal) => proposal.type === 'SUPPORTS');
    expect(expected?.status).toBe('EXPECTED');
    expect(possible?.status).toBe('POSSIBLE');
  });

  test('"They" after a sentence naming two parties proposes the fact for each party', () => {
    const proposals = propose('The European Union and Japan met in Tokyo. They launched Data Free Flow with Trust.');
    expect(
      proposals
        .filter((proposal) => proposal.type === 'LAUNCHED')
        .map(key)
        .sort(),
    ).toEqual(['LAUNCHED european-union dfft', 'LAUNCHED japan dfft']);
  });

  test('a topic named without its council is covered by the document’s council', () => {
    const proposals = propose(
      'The Third EU-Japan Digital Partnership Council took place in Tokyo. The Third EU-Japan Digital Partnership Council was a success. Japan and the European Union will cooperate on semiconductors.',
    );
    expect(proposals.map(key)).toContain('COVERS dpc-3 semiconductors');
  });

  test('a minister named with a title in apposition holds an office in the country the document is about', () => {
    const proposals = propose(
      'Japan and the European Union met in Tokyo. Minoru Kiuchi, Minister for Economic Security, signed the Memorandum of Cooperation on Digital Identities and Trust Services.',
    );
    const office = proposals.find((proposal) => proposal.type === 'HOLDS_OFFICE');
    expect(office && key(office)).toBe('HOLDS_OFFICE minoru-kiuchi japan');
    expect(office?.cue.span.text).toBe('Minister');
    expect(proposals.map(key)).toContain('SIGNED minoru-kiuchi moc-identity');
  });

  test('a title that names its body gives the office in that body', () => {
    const proposals = propose("The European Union's Vice-President Henna Virkkunen met Minoru Kiuchi in Tokyo.");
    expect(proposals.filter((proposal) => proposal.type === 'HOLDS_OFFICE').map(key)).toEqual([
      'HOLDS_OFFICE henna-virkkunen european-union',
    ]);
  });

  test('no proposal joins two entity types its relation type does not @connect', () => {
    const proposals = propose('Henna Virkkunen met Minoru Kiuchi in Tokyo and they signed nothing.');
    expect(proposals.filter((proposal) => proposal.from.type === 'PERSON' && proposal.to.type === 'PLACE')).toEqual([]);
  });
  test('members of one list are not joined by a one-way relation, and each is covered by the council', () => {
    const proposals = propose(
      'The Third EU-Japan Digital Partnership Council took place in Tokyo. The Third EU-Japan Digital Partnership Council met again. Both sides worked on Data Free Flow with Trust, semiconductors, 5G and 6G.',
    );
    const covers = proposals.filter((proposal) => proposal.type === 'COVERS');
    expect(covers.filter((proposal) => proposal.from.id === 'dfft')).toEqual([]);
    expect(covers.map(key)).toEqual(
      expect.arrayContaining(['COVERS dpc-3 semiconductors', 'COVERS dpc-3 tech-5g', 'COVERS dpc-3 tech-6g']),
    );
  });

  test('the only meeting a sentence names after "since" is the one the document’s council follows', () => {
    const proposals = propose(
      'The Third EU-Japan Digital Partnership Council took place in Tokyo. The Third EU-Japan Digital Partnership Council met again. They reviewed progress since the Second EU-Japan Digital Partnership Council.',
    );
    const follows = proposals.filter((proposal) => proposal.type === 'FOLLOWS');
    expect(follows.map(key)).toEqual(['FOLLOWS dpc-3 dpc-2']);
    expect(follows[0]?.date).toBeNull();
  });

  test('a later meeting never follows an earlier one, whatever the cue', () => {
    const proposals = propose(
      'The Second EU-Japan Digital Partnership Council took place in Tokyo. The Second EU-Japan Digital Partnership Council met again. It came after the Third EU-Japan Digital Partnership Council.',
    );
    expect(proposals.filter((proposal) => proposal.type === 'FOLLOWS')).toEqual([]);
  });

  test('a status predicate after the cue ("is planned for") and a weaker modality wrapping "will" decide the status', () => {
    const held = propose('The Fourth EU-Japan Digital Partnership Council in Tokyo is planned for next year.').find(
      (proposal) => proposal.type === 'HELD_IN',
    );
    expect(held?.status).toBe('PLANNED');
    const expected = propose('It is expected that Japan will support Data Free Flow with Trust.').find(
      (proposal) => proposal.type === 'SUPPORTS',
    );
    expect(expected?.status).toBe('EXPECTED');
  });
  test('a symmetric cue joins its subject pair, not a country the cooperation is about', () => {
    const proposals = propose('Japan and the European Union agreed to cooperate in building a cable to South Korea.');
    expect(proposals.filter((proposal) => proposal.type === 'COOPERATES_WITH').map(key)).toEqual(['COOPERATES_WITH european-union japan']);
  });

  test('the doer of an action stands before its verb or after "by", and a subject does not do what a noun names', () => {
    const types = (text: string) =>
      propose(text)
        .filter((proposal) => proposal.from.id === 'japan' && proposal.to.id === 'dfft')
        .map((proposal) => proposal.type);
    expect(types('Japan and the European Union welcome the launch of Data Free Flow with Trust.')).toEqual(['SUPPORTS']);
    expect(types('Data Free Flow with Trust was launched at a summit in Japan.')).toEqual([]);
    expect(types('Data Free Flow with Trust was launched by Japan.')).toEqual(['LAUNCHED']);
  });
  test('a topic behind a clause break is the council’s, not the initiative’s before the break', () => {
    const proposals = propose(
      'The Third EU-Japan Digital Partnership Council took place in Tokyo. The Third EU-Japan Digital Partnership Council met again. Both sides worked on Data Free Flow with Trust, while also discussing semiconductors.',
    );
    const covers = proposals.filter((proposal) => proposal.type === 'COVERS').map(key);
    expect(covers).toContain('COVERS dpc-3 semiconductors');
    expect(covers).not.toContain('COVERS dfft semiconductors');
  });

  test('an event named once is not the document’s frame', () => {
    const proposals = propose(
      'The Third EU-Japan Digital Partnership Council took place in Tokyo. Japan will cooperate on semiconductors.',
    );
    expect(proposals.filter((proposal) => proposal.from.source === 'frame' || proposal.to.source === 'frame')).toEqual([]);
  });
  test('a new person named again by surname is one end, the candidate of the first mention', () => {
    const text =
      'Mr. Thierry BRETON met Minoru Kiuchi in Tokyo. Commissioner Breton signed the Memorandum of Cooperation on Digital Identities and Trust Services.';
    const signed = propose(text).filter((proposal) => proposal.type === 'SIGNED' && proposal.from.candidate);
    expect(signed.map((proposal) => proposal.from.id)).toEqual(['candidate:0']);
  });

  test('"They" are the parties named together, not two parties a later sentence names apart', () => {
    const proposals = propose(
      'The European Union and Japan met in Tokyo. South Korea praised Japan. They will support Data Free Flow with Trust.',
    );
    const supports = proposals.filter((proposal) => proposal.type === 'SUPPORTS').map(key);
    expect(supports.sort()).toEqual(['SUPPORTS european-union dfft', 'SUPPORTS japan dfft']);
  });

  test('a verb whose doer is named after "by" has no doer before it', () => {
    const proposals = propose(
      'The European Union and Japan met in Tokyo. Both sides will support Data Free Flow with Trust, set up by the AI office.',
    );
    expect(proposals.filter((proposal) => proposal.type === 'LAUNCHED').map(key)).toEqual(['LAUNCHED eu-ai-office dfft']);
    expect(
      proposals
        .filter((proposal) => proposal.type === 'SUPPORTS')
        .map(key)
        .sort(),
    ).toEqual(['SUPPORTS european-union dfft', 'SUPPORTS japan dfft']);
  });

  test('a fact dated otherwise is not placed at the document’s council', () => {
    const proposals = propose(
      'The Third EU-Japan Digital Partnership Council took place in Tokyo. The Third EU-Japan Digital Partnership Council was a success. The Memorandum of Cooperation on Digital Identities and Trust Services was signed in May 2022.',
    );
    expect(proposals.filter((proposal) => proposal.type === 'SIGNED_AT').map(key)).toEqual([]);
  });

  test('"cooperation between" joins the two members of the list after it, however long the first name', () => {
    const proposals = propose('Japan will announce a cooperation between the EU’s AI office and the Japan AI Safety Institute.');
    expect(proposals.map(key)).toContain('COOPERATES_WITH eu-ai-office japan-aisi');
  });

  test('people and parties at a meeting took part in it, without a verb of attending, but not a body in a title', () => {
    const proposals = propose(
      'Henna Virkkunen, with Japan’s Minister for Digital Transformation, at the Third EU-Japan Digital Partnership Council. At the Second EU-Japan Digital Partnership Council both sides will support Data Free Flow with Trust.',
    );
    const took = proposals.filter((proposal) => proposal.type === 'PARTICIPATED_IN').map(key);
    expect(took).toContain('PARTICIPATED_IN henna-virkkunen dpc-3');
    expect(took.filter((fact) => fact.startsWith('PARTICIPATED_IN japan dpc-3'))).toEqual([]);
  });

  test('"This" opening a sentence stands for the agreement the previous sentence named', () => {
    const proposals = propose(
      'Japan and the European Union signed the Memorandum of Cooperation on Digital Identities and Trust Services. This will strengthen cooperation in fields such as semiconductors and 5G.',
    );
    const covers = proposals.filter((proposal) => proposal.type === 'COVERS');
    expect(covers.map(key).sort()).toEqual(['COVERS moc-identity semiconductors', 'COVERS moc-identity tech-5g']);
    expect(covers[0]!.from.source).toBe('pronoun');
    expect(covers[0]!.from.span.text).toBe('This');
  });

  test('a list’s lead-in carries its cue to the items, an item opening with a verb is the lead-in’s parties’ plan, and a heading is what an item’s things cover', () => {
    const text = [
      'The Third EU-Japan Digital Partnership Council took place in Tokyo. The Third EU-Japan Digital Partnership Council was a success.',
      'The key outcomes of the Council include:',
      'Semiconductors: Japan will support the EU-South Korea joint semiconductor research forum.',
      '',
      'Japan and the European Union agreed to the following:',
      '- Launch Data Free Flow with Trust.',
    ].join('\n');
    const proposals = propose(text);
    const keys = proposals.map(key);
    expect(keys).toContain('OUTCOME_OF eu-korea-forum dpc-3');
    expect(keys).toContain('COVERS eu-korea-forum semiconductors');
    const launched = proposals.filter((proposal) => proposal.type === 'LAUNCHED');
    expect(launched.map(key).sort()).toEqual(['LAUNCHED european-union dfft', 'LAUNCHED japan dfft']);
    expect(launched.map((proposal) => proposal.status)).toEqual(['PLANNED', 'PLANNED']);
    for (const proposal of proposals) {
      expect(text.slice(proposal.clause.start, proposal.clause.end)).toBe(proposal.clause.text);
      expect(text.slice(proposal.cue.span.start, proposal.cue.span.end)).toBe(proposal.cue.span.text);
    }
  });

  test('a name inside a description after another name is not the subject of the verb', () => {
    const proposals = propose(
      'The AI office, an internal department within the Japan AI Safety Institute, will coordinate with Companies.',
    );
    const coordinates = proposals.filter((proposal) => proposal.type === 'COORDINATES_WITH').map(key);
    expect(coordinates).toEqual(['COORDINATES_WITH eu-ai-office companies']);
  });
});
