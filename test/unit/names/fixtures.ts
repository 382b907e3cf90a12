/** A small graph for name-resolution tests: a few entities in the shapes the seed uses. */
import { buildNameIndex, type NameEntity } from '../../../src/domain/names';

export const entities: NameEntity[] = [
  { id: 'european-union', type: 'BLOC', name: 'European Union', aliases: [] },
  { id: 'japan', type: 'COUNTRY', name: 'Japan', aliases: [] },
  { id: 'south-korea', type: 'COUNTRY', name: 'South Korea', aliases: [] },
  { id: 'tokyo', type: 'PLACE', name: 'Tokyo', aliases: [] },
  { id: 'henna-virkkunen', type: 'PERSON', name: 'Henna Virkkunen', aliases: [{ text: 'Hena Wilkunen', scope: 'general' }] },
  { id: 'minoru-kiuchi', type: 'PERSON', name: 'Minoru Kiuchi', aliases: [] },
  { id: 'dfft', type: 'INITIATIVE', name: 'Data Free Flow with Trust', aliases: [] },
  { id: 'eu-ai-office', type: 'ORGANIZATION', name: 'European AI Office', aliases: [{ text: 'AI office', scope: 'general' }] },
  { id: 'japan-aisi', type: 'ORGANIZATION', name: 'Japan AI Safety Institute', aliases: [] },
  { id: 'digital-identity', type: 'POLICY_AREA', name: 'Digital identity', aliases: [] },
  { id: 'semiconductors', type: 'TECHNOLOGY', name: 'Semiconductors', aliases: [] },
  { id: 'hpc', type: 'TECHNOLOGY', name: 'High-performance computing', aliases: [] },
  { id: 'tech-5g', type: 'TECHNOLOGY', name: '5G', aliases: [] },
  { id: 'tech-6g', type: 'TECHNOLOGY', name: '6G', aliases: [] },
  { id: 'ai', type: 'TECHNOLOGY', name: 'Artificial intelligence', aliases: [{ text: 'AI', scope: 'general' }] },
  { id: 'materials-science', type: 'POLICY_AREA', name: 'Materials science', aliases: [] },
  { id: 'quantum-computing', type: 'TECHNOLOGY', name: 'Quantum computing', aliases: [] },
  { id: 'eu-korea-forum', type: 'INITIATIVE', name: 'EU-South Korea joint semiconductor research forum', aliases: [] },
  { id: 'companies', type: 'GROUP', name: 'Companies', aliases: [{ text: 'companies', scope: 'document', document: 'doc-a' }] },
  {
    id: 'dpc-2',
    type: 'EVENT',
    name: 'Second EU-Japan Digital Partnership Council',
    date: '2024-04-30',
    aliases: [{ text: '2nd Digital Partnership Council', scope: 'general' }],
    related: ['tokyo'],
  },
  {
    id: 'dpc-3',
    type: 'EVENT',
    name: 'Third EU-Japan Digital Partnership Council',
    date: '2025-05-12',
    aliases: [{ text: 'the council', scope: 'document', document: 'doc-a' }],
    related: ['tokyo', 'japan-minister-dt'],
  },
  { id: 'dpc-4', type: 'EVENT', name: 'Fourth EU-Japan Digital Partnership Council', date: '2026', aliases: [] },
  { id: 'eu-korea-dpc', type: 'EVENT', name: 'EU-South Korea Digital Partnership Council (March 2024)', date: '2024-03-26', aliases: [] },
  { id: 'moc-identity', type: 'AGREEMENT', name: 'Memorandum of Cooperation on Digital Identities and Trust Services', aliases: [] },
  {
    id: 'japan-minister-dt',
    type: 'PERSON',
    name: "Japan's Minister for Digital Transformation",
    unresolved: true,
    aliases: [],
    related: ['dpc-3'],
  },
];

export const index = buildNameIndex(entities);
