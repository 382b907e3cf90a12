import { resolveMentions } from '../../../src/domain/names';
import { index } from './fixtures';

const linksOf = (text: string, publishedAt?: string) =>
  resolveMentions(text, index, { publishedAt }).links.map((link) => [link.text, link.entityId]);

describe('resolving the names of a text', () => {
  test('every span quotes the text verbatim at its UTF-16 offsets, accents and emoji included', () => {
    const text = 'Déjà 🎉 vu: the EU’s “Data Free Flow with Trust” (DFFT) — agreed in Tōkyō\nwith Japan.';
    const result = resolveMentions(text, index);
    const spans = [
      ...result.links,
      ...result.ambiguous,
      ...result.candidates.map((candidate) => ({ ...candidate, text: candidate.surface })),
    ];
    expect(spans.length).toBeGreaterThan(2);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(result.links.map((link) => link.entityId)).toEqual(expect.arrayContaining(['european-union', 'dfft', 'japan']));
  });

  test('an ordinal decides which council a text names', () => {
    expect(linksOf('They reviewed progress since the second Digital Partnership Council in 2024.', '2025-05-12')).toContainEqual([
      'second Digital Partnership Council',
      'dpc-2',
    ]);
  });

  test('a council named without its ordinal is the one the dates place it at', () => {
    expect(linksOf('The EU and Japan held their Digital Partnership Council today in Tokyo.', '2025-05-12')).toContainEqual([
      'Digital Partnership Council',
      'dpc-3',
    ]);
  });

  test('a council named without ordinal far from every meeting is left unlinked, with the meetings as possible matches', () => {
    const result = resolveMentions('The EU and Japan will set up a Digital Partnership Council.', index, { publishedAt: '2022-05' });
    expect(result.links.find((link) => link.entityId.startsWith('dpc'))).toBeUndefined();
    const council = result.candidates.find((candidate) => candidate.surface === 'Digital Partnership Council');
    expect(council?.matches.map((match) => match.entityId)).toEqual(expect.arrayContaining(['dpc-2', 'dpc-3']));
  });

  test('the parties a text names decide between councils of the same ordinal', () => {
    expect(linksOf('The EU and South Korea held their second Digital Partnership Council in Brussels.', '2024-03')).toContainEqual([
      'second Digital Partnership Council',
      'eu-korea-dpc',
    ]);
  });

  test('when the text does not decide between candidates, the mention is ambiguous, never guessed', () => {
    const result = resolveMentions('The EU, Japan and Korea prepare for the Digital Partnership Council.', index, {
      publishedAt: '2024-04-13',
    });
    expect(result.links.find((link) => link.text.includes('Council'))).toBeUndefined();
    expect(result.ambiguous[0]?.candidates.map((candidate) => candidate.entityId).sort()).toEqual(['dpc-2', 'eu-korea-dpc']);
  });

  test('a definite description resolves to what the same text named before', () => {
    const links = linksOf(
      'The EU and Japan held their third Digital Partnership Council in Tokyo. The Council was co-chaired by Henna Virkkunen.',
      '2025-05-12',
    );
    expect(links).toContainEqual(['The Council', 'dpc-3']);
    expect(linksOf('The Council was co-chaired by Henna Virkkunen.')).not.toContainEqual(['The Council', 'dpc-3']);
  });

  test('"the next council" is the one after the council named before', () => {
    expect(
      linksOf(
        'They held the second Digital Partnership Council in Brussels. The next Digital Partnership Council will take place in Tokyo.',
        '2024-04-30',
      ),
    ).toContainEqual(['The next Digital Partnership Council', 'dpc-3']);
  });

  test('an acronym the text defines stands for its long form, before and after the definition', () => {
    const result = resolveMentions(
      'The IAP matters. They signed the Institutional Arrangement for Partnership (IAP). The IAP will help.',
      index,
    );
    const iap = result.candidates.filter((candidate) => candidate.surface === 'IAP');
    expect(iap).toHaveLength(3);
    expect(iap.every((candidate) => candidate.type === 'AGREEMENT')).toBe(true);
  });

  test('an agreement named by its kind and topic is not another agreement of that kind', () => {
    const result = resolveMentions('Both sides signed a Memorandum of Cooperation on semiconductors.', index);
    expect(result.links.find((link) => link.entityId === 'moc-identity')).toBeUndefined();
    expect(result.candidates.map((candidate) => [candidate.surface, candidate.type])).toContainEqual([
      'Memorandum of Cooperation on semiconductors',
      'AGREEMENT',
    ]);
  });
});

describe('proposing names the graph lacks', () => {
  test('people with an honorific or title, ministries and events are proposed with a type, offsets and sentence', () => {
    const text =
      'The meeting was attended by Mr. Kono and Commissioner Breton. The Ministry of Economy, Trade and Industry hosted the G7 Hiroshima Summit.';
    const { candidates } = resolveMentions(text, index);
    const typed = candidates.map((candidate) => [candidate.surface, candidate.type]);
    expect(typed).toEqual(
      expect.arrayContaining([
        ['Mr. Kono', 'PERSON'],
        ['Commissioner Breton', 'PERSON'],
        ['Ministry of Economy, Trade and Industry', 'ORGANIZATION'],
      ]),
    );
    const summit = candidates.find((candidate) => candidate.surface.endsWith('Summit'));
    expect(summit?.type).toBe('EVENT');
    for (const candidate of candidates) {
      expect(text.slice(candidate.start, candidate.end)).toBe(candidate.surface);
      expect(candidate.sentence.text).toContain(candidate.surface);
    }
  });

  test('a named person who holds an office the graph stores only by title is proposed as that post-holder', () => {
    const text =
      'The EU and Japan held their third Digital Partnership Council in Tokyo. It was co-chaired by Henna Virkkunen and Masaaki Taira, Minister for Digital Transformation.';
    const result = resolveMentions(text, index, { publishedAt: '2025-05-12' });
    const taira = result.links.find((link) => link.text === 'Masaaki Taira');
    expect(taira?.entityId).toBe('japan-minister-dt');
    expect(taira?.explanation.map((item) => item.feature)).toContain('office');
    // The title beside the name is the person's role, not a mention.
    expect(result.links.find((link) => link.text.startsWith('Minister'))).toBeUndefined();
  });

  test('the same title at an event the post-holder is not related to only suggests the post-holder', () => {
    const text =
      'The EU and Japan held their second Digital Partnership Council. It was co-chaired by Taro Kono, Minister for Digital Transformation.';
    const result = resolveMentions(text, index, { publishedAt: '2024-04-30' });
    const kono = result.candidates.find((candidate) => candidate.surface === 'Taro Kono');
    expect(kono?.type).toBe('PERSON');
    expect(kono?.matches[0]?.entityId).toBe('japan-minister-dt');
  });

  test('names joined by "and" are two mentions, but an "and" inside a name’s complement is not a split', () => {
    const result = resolveMentions(
      'They will cooperate on 5G and 6G, in Asia and Europe. The Ministry of Science and ICT took part.',
      index,
      { publishedAt: '2025-05-12' },
    );
    expect(result.links.map((link) => link.text)).toEqual(expect.arrayContaining(['5G', '6G']));
    const surfaces = result.candidates.map((candidate) => candidate.surface);
    expect(surfaces).toEqual(expect.arrayContaining(['Asia', 'Europe', 'Ministry of Science and ICT']));
    expect(surfaces.some((surface) => surface.includes(' and ') && !surface.startsWith('Ministry'))).toBe(false);
  });

  test('countries and the EU named in another EU language link like their English names, article elided or not', () => {
    const text = 'Il Giappone e l’Unione europea (Ue) rafforzano la cooperazione digitale con la Corea del Sud.';
    const links = resolveMentions(text, index, { publishedAt: '2025-05-12' }).links.map((link) => [link.text, link.entityId]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Giappone', 'japan'],
        ['Unione europea', 'european-union'],
        ['Ue', 'european-union'],
        ['Corea del Sud', 'south-korea'],
      ]),
    );
  });

  test('in a text that is not English, a capitalised word that only opens sentences is no new name', () => {
    const text =
      'Oggi il Giappone e l’Unione europea hanno tenuto il terzo incontro a Tokyo. Questo incontro ha rafforzato la cooperazione tecnologica e digitale tra le parti.';
    const surfaces = resolveMentions(text, index, { publishedAt: '2025-05-12' }).candidates.map((candidate) => candidate.surface);
    expect(surfaces).not.toContain('Oggi');
    expect(surfaces).not.toContain('Questo');
  });

  test('a name written like a person’s, with no title or head noun, is proposed as a PERSON; a known place inside keeps its link', () => {
    const result = resolveMentions(
      'The internal market commissioner Thierry Breton visited Tokyo Electron, and Horizon Europe was discussed.',
      index,
    );
    const typeOf = (surface: string) => result.candidates.find((candidate) => candidate.surface === surface)?.type;
    expect(typeOf('Thierry Breton')).toBe('PERSON');
    expect(typeOf('Horizon Europe')).not.toBe('PERSON');
    expect(result.links.map((link) => link.entityId)).toContain('tokyo');
  });

  test('a longer name with its parties and content words in another order links; a phrase after it does not', () => {
    const links = (text: string) =>
      resolveMentions(text, index, { publishedAt: '2024-03' }).links.map((link) => [link.text, link.entityId]);
    expect(links('The EU and Korea will establish a ROK-EU Forum for Semiconductor Researchers.')).toContainEqual([
      'ROK-EU Forum for Semiconductor Researchers',
      'eu-korea-forum',
    ]);
    expect(links('They launched the Joint EU-Republic of Korea Semiconductors Researchers Forum for researchers.')).toContainEqual([
      'Joint EU-Republic of Korea Semiconductors Researchers Forum',
      'eu-korea-forum',
    ]);
  });

  test('a field before a kind noun names a project, not the field: the longer phrase is the new name', () => {
    const result = resolveMentions('Research may be explored under the next-generation semiconductor R&D project.', index);
    expect(result.links.find((link) => link.entityId === 'semiconductors')).toBeUndefined();
    const project = result.candidates.find((candidate) => candidate.surface === 'next-generation semiconductor R&D project');
    expect(project?.type).toBe('INITIATIVE');
    // Without a kind noun the field stays linked.
    expect(resolveMentions('They agreed on semiconductor research.', index).links.map((link) => link.entityId)).toContain('semiconductors');
  });

  test('a span keeps no full stop, opens on no preposition and joins no second party to an organisation', () => {
    const text = 'They will cooperate on 6G. The cooperation between the EU AI Office and Japan is new.';
    const links = resolveMentions(text, index, { publishedAt: '2024-05' }).links.map((link) => [link.text, link.entityId]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['6G', 'tech-6g'],
        ['EU AI Office', 'eu-ai-office'],
        ['Japan', 'japan'],
      ]),
    );
    for (const [surface] of links) expect(surface).not.toMatch(/^between |\.$| and Japan$/);
  });

  test('a classifying adjective or "beyond" before a technology names a new technology, not the one inside', () => {
    const result = resolveMentions('They discussed generative AI and cooperation on beyond 5G/6G research, and on trustworthy AI.', index);
    expect(result.links.map((link) => link.text)).not.toEqual(expect.arrayContaining(['5G']));
    expect(result.links.filter((link) => link.entityId === 'ai').map((link) => link.text)).toEqual(['AI']);
    const named = result.candidates.map((candidate) => [candidate.surface, candidate.name, candidate.type]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['generative AI', 'generative AI', 'TECHNOLOGY'],
        ['beyond 5G/6G', 'Beyond 5G', 'TECHNOLOGY'],
      ]),
    );
  });

  test('lower-case fields in a list are proposed when joined to a known one through their neighbours, or after "areas such as"', () => {
    const list = resolveMentions(
      'Applications in biomedicine, materials science, seismic and tsunami modelling, climate prediction and quantum-enhanced machine learning.',
      index,
    );
    expect(list.candidates.map((candidate) => candidate.surface)).toEqual(
      expect.arrayContaining(['seismic and tsunami modelling', 'climate prediction', 'quantum-enhanced machine learning']),
    );
    const cued = resolveMentions('They added new key areas for collaboration, such as network connectivity.', index);
    expect(cued.candidates.map((candidate) => [candidate.surface, candidate.type])).toEqual([['network connectivity', 'POLICY_AREA']]);
    // No cue and no known field beside it: nothing.
    expect(resolveMentions('They talked about skills, start-ups and network connectivity.', index).candidates).toEqual([]);
  });

  test('a kind noun with an article names an initiative, with the field of its complement inside it', () => {
    const result = resolveMentions(
      'The ministers set up a working group on semiconductors and launched a joint research call for collaborative projects on quantum computing.',
      index,
    );
    expect(result.links.map((link) => link.entityId)).not.toEqual(expect.arrayContaining(['semiconductors', 'quantum-computing']));
    expect(result.candidates.map((candidate) => [candidate.name, candidate.type])).toEqual([
      ['working group on semiconductors', 'INITIATIVE'],
      ['joint research call for collaborative projects on quantum computing', 'INITIATIVE'],
    ]);
    // Without an article the words only describe: the field stays linked, nothing is proposed.
    const bare = resolveMentions('It includes guiding principles and code of conduct for semiconductors.', index);
    expect(bare.candidates).toEqual([]);
    expect(bare.links.map((link) => link.entityId)).toEqual(['semiconductors']);
  });

  test('a new name typed only by default takes the type the same text gives it elsewhere, or its apposition', () => {
    const result = resolveMentions(
      'The newly launched Q-NEKO project was selected. Q-NEKO focuses on 5G. Q-Leap, a project of partners, starts.',
      index,
    );
    expect(result.candidates.map((candidate) => [candidate.surface, candidate.type])).toEqual([
      ['Q-NEKO project', 'INITIATIVE'],
      ['Q-NEKO', 'INITIATIVE'],
      ['Q-Leap', 'INITIATIVE'],
    ]);
  });

  test('names in another Romance language link in English words: ordinals, adjectives after their noun, a "di" complement', () => {
    const text =
      "Oggi a Tokio si è svolto il terzo Consiglio di partenariato digitale tra l'Ue e il Giappone. " +
      'I ministri hanno discusso della scienza dei materiali, della ricerca comune e delle prossime tappe della cooperazione.';
    const links = resolveMentions(text, index, { publishedAt: '2025-05-12' }).links.map((link) => [link.text, link.entityId]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Tokio', 'tokyo'],
        ['terzo Consiglio di partenariato digitale', 'dpc-3'],
        ['Ue', 'european-union'],
        ['Giappone', 'japan'],
        ['scienza dei materiali', 'materials-science'],
      ]),
    );
    // The same words in an English text are read as written.
    expect(resolveMentions('They visited Tokio.', index).links).toEqual([]);
  });

  test('"the first meeting of the council" is not the council named before: the first member, new when the graph lacks it', () => {
    const result = resolveMentions(
      'The second Digital Partnership Council met in Brussels. They confirmed the progress made since the first meeting of the council in Tokyo.',
      index,
      { publishedAt: '2024-04-30' },
    );
    expect(result.links.filter((link) => link.entityId === 'dpc-2').map((link) => link.text)).toEqual([
      'second Digital Partnership Council',
    ]);
    expect(result.candidates.map((candidate) => [candidate.surface, candidate.type])).toContainEqual([
      'first meeting of the council',
      'EVENT',
    ]);
  });

  test('compounds: a field after a hyphen is part of it, a technology compound of a technology noun is new, an agreement kind with an article is new', () => {
    const result = resolveMentions(
      'They build hybrid HPC-quantum computing architectures and AI-powered networks on 5G, and prepare an administrative arrangement.',
      index,
    );
    expect(result.links.map((link) => link.entityId)).toEqual(['tech-5g']);
    expect(result.candidates.map((candidate) => [candidate.surface, candidate.type])).toEqual(
      expect.arrayContaining([
        ['AI-powered networks', 'TECHNOLOGY'],
        ['an administrative arrangement', 'AGREEMENT'],
      ]),
    );
  });

  test('governance of a known field is a field of its own', () => {
    const result = resolveMentions('They will facilitate building up inclusive global governance on AI for the common good.', index);
    expect(result.links).toEqual([]);
    expect(result.candidates.map((candidate) => [candidate.surface, candidate.type])).toEqual([
      ['inclusive global governance on AI', 'POLICY_AREA'],
    ]);
  });

  test('"this upcoming gathering" is the upcoming council just named, "the next council" the one after', () => {
    const links = linksOf(
      'The EU and Japan held their second Digital Partnership Council. The next Digital Partnership Council will take place in Tokyo. This upcoming gathering will review progress.',
      '2024-04-30',
    );
    expect(links).toEqual(
      expect.arrayContaining([
        ['The next Digital Partnership Council', 'dpc-3'],
        ['This upcoming gathering', 'dpc-3'],
      ]),
    );
  });

  test('a title-cased run of plain English words typed by nothing is no name; one with an organisation head is', () => {
    const surfaces = resolveMentions('They issued a Joint Statement with the Quantum Bureau on 5G.', index).candidates.map(
      (c) => c.surface,
    );
    expect(surfaces).toEqual(['Quantum Bureau']);
  });
});
