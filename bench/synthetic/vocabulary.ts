/**
 * Words the synthetic graph is made of. Lists are short on purpose: at 100k entities the same
 * names and acronyms come back again and again, as they do in real sources ("AI", "J. Tanaka").
 */
export const COUNTRIES = [
  'Japan', 'South Korea', 'France', 'Germany', 'Italy', 'Spain', 'Finland', 'Sweden', 'Poland', 'Estonia',
  'Netherlands', 'Belgium', 'Austria', 'Ireland', 'Portugal', 'Greece', 'Denmark', 'Czechia', 'Canada',
  'United States', 'United Kingdom', 'Australia', 'New Zealand', 'Singapore', 'India', 'Brazil', 'Mexico',
  'Chile', 'Kenya', 'Nigeria', 'Indonesia', 'Viet Nam', 'Thailand', 'Norway', 'Switzerland', 'Ukraine',
] as const;

export const BLOCS: ReadonlyArray<{ name: string; aliases: string[] }> = [
  { name: 'European Union', aliases: ['EU', 'the Union'] },
  { name: 'G7', aliases: ['Group of Seven'] },
  { name: 'G20', aliases: ['Group of Twenty'] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'Mercosur', aliases: [] },
  { name: 'Nordic Council', aliases: [] },
  { name: 'Quad', aliases: [] },
];

export const ADJECTIVES = ['European', 'Japanese', 'Korean', 'French', 'German', 'Nordic', 'Asian', 'Global', 'National', 'Joint'] as const;

export const ORGANIZATION_KINDS = ['Agency', 'Office', 'Ministry', 'Council', 'Institute', 'Authority', 'Board', 'Centre', 'Commission', 'Foundation'] as const;

export const FIELDS = [
  'Digital Identity', 'Data Governance', 'Cybersecurity', 'Artificial Intelligence', 'Semiconductors', 'Quantum Technology',
  'Trust Services', 'Data Flows', 'Connectivity', 'Research', 'Digital Skills', 'Online Platforms', 'Standards',
  'High Performance Computing', 'Digital Trade', 'Privacy', 'Submarine Cables', '5G', 'Green Data Centres', 'E-Government',
] as const;

export const GROUP_NOUNS = ['companies', 'researchers', 'start-ups', 'Member States', 'universities', 'regulators', 'operators', 'civil society groups'] as const;

export const FIRST_NAMES = [
  'Hiroshi', 'Yuki', 'Kenji', 'Aiko', 'Takeshi', 'Min-jun', 'Seo-yeon', 'Ji-ho', 'Henna', 'Margrethe', 'Thierry', 'Ursula',
  'Maria', 'Anna', 'Jan', 'Pierre', 'Lucia', 'Marco', 'Elena', 'Katarzyna', 'Lars', 'Ingrid', 'Pedro', 'Sofia', 'Daniel',
  'Sarah', 'Tomas', 'Eva', 'Kaito', 'Haruto', 'Sakura', 'Hye-jin', 'Dong-hyun', 'Mikael', 'Ana', 'Paolo', 'Claire', 'Olaf',
] as const;

export const LAST_NAMES = [
  'Tanaka', 'Suzuki', 'Sato', 'Watanabe', 'Kono', 'Kim', 'Lee', 'Park', 'Choi', 'Virtanen', 'Korhonen', 'Breton', 'Dupont',
  'Martin', 'Rossi', 'Bianchi', 'Garcia', 'Fernandez', 'Nowak', 'Kowalski', 'Schmidt', 'Muller', 'Jensen', 'Hansen',
  'Nakamura', 'Yamamoto', 'Kobayashi', 'Jung', 'Kang', 'Lindqvist', 'Silva', 'Costa', 'Novak', 'Horvat', 'Weber', 'Fischer',
] as const;

export const OFFICES = ['Minister', 'Director-General', 'Commissioner', 'Ambassador', 'Head of Unit', 'Chair', 'Secretary-General', 'Adviser'] as const;

export const INITIATIVE_NOUNS = ['Process', 'Initiative', 'Pact', 'Programme', 'Forum', 'Framework', 'Alliance', 'Roadmap'] as const;

export const AGREEMENT_KINDS = ['Digital Partnership', 'Memorandum of Cooperation', 'Letter of Intent', 'Framework Agreement', 'Joint Statement'] as const;

export const EVENT_KINDS = ['Digital Partnership Council', 'Ministerial Meeting', 'Summit', 'Dialogue', 'Working Group Meeting', 'Conference'] as const;

export const CITIES = [
  'Tokyo', 'Brussels', 'Paris', 'Seoul', 'Osaka', 'Hiroshima', 'Berlin', 'Rome', 'Madrid', 'Helsinki', 'Stockholm', 'Warsaw',
  'Tallinn', 'Amsterdam', 'Vienna', 'Dublin', 'Lisbon', 'Athens', 'Copenhagen', 'Prague', 'Busan', 'Kyoto', 'Lyon', 'Munich',
  'Milan', 'Barcelona', 'Geneva', 'Ottawa', 'Washington', 'London', 'Sydney', 'Singapore City', 'New Delhi', 'Jakarta',
] as const;

export const TECHNOLOGIES: ReadonlyArray<{ name: string; aliases: string[] }> = [
  { name: 'Artificial Intelligence', aliases: ['AI'] },
  { name: '5G', aliases: ['fifth-generation mobile networks'] },
  { name: 'Semiconductors', aliases: ['chips'] },
  { name: 'Quantum Technology', aliases: ['quantum'] },
  { name: 'High Performance Computing', aliases: ['HPC'] },
  { name: 'Submarine Cables', aliases: [] },
  { name: 'Blockchain', aliases: [] },
  { name: '6G', aliases: [] },
];

export const TECHNOLOGY_PREFIXES = ['Edge', 'Trustworthy', 'Generative', 'Open', 'Secure', 'Low-power', 'Federated', 'Sovereign'] as const;

export const PUBLISHERS = ['Euronews', 'The Japan Times', 'Korea Herald', 'Politico Europe', 'Nikkei Asia', 'European Commission Press Corner'] as const;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
