/**
 * Names written in another Romance language of the EU (Italian, French, Spanish, Portuguese) read
 * as the English names the graph holds: "terzo Consiglio di partenariato digitale" is the "third
 * Digital Partnership Council", "governance digitale globale" "global digital governance",
 * "lettera d'intenti" "letter of intent", "Bruxelles" "Brussels". A span of a text read as not
 * English that matches nothing as written is translated word by word with a small lexicon of the
 * words the graph's names are made of (nouns and adjectives of digital policy, not sentences), and
 * put in English order: in these languages adjectives follow their noun ("sicurezza economica" is
 * "economic security") and a complement follows with "di"/"de" ("Consiglio di partenariato" is a
 * "partnership council" or a "council of partnership": both are tried). Words the lexicon lacks
 * pass through unchanged, so country and EU names ("Ue", "Giappone") stay parties. Ordinal words of
 * these languages are read by ordinals.ts. Nothing here is specific to one article: the lexicon
 * lists each word's usual forms (gender, number) in the four languages.
 */
import { nameKey } from '../nameKey';
import { normalWord } from './wordForms';

type Entry = { en: string; adjective?: true };

// Nouns: each English word with its forms in it / fr / es / pt (accents removed, as nameKey does).
const NOUNS: Record<string, string[]> = {
  council: ['consiglio', 'conseil', 'consejo', 'conselho'],
  partnership: ['partenariato', 'partenariati', 'partenariat', 'partenariats', 'asociacion', 'parceria', 'parcerias'],
  summit: ['vertice', 'sommet', 'cumbre', 'cimeira', 'cupula'],
  dialogue: ['dialogo', 'dialogue'],
  security: ['sicurezza', 'securite', 'seguridad', 'seguranca'],
  competitiveness: ['competitivita', 'competitivite', 'competitividad', 'competitividade'],
  governance: ['governance', 'gouvernance', 'gobernanza', 'governacao', 'governanca'],
  technology: ['tecnologia', 'tecnologie', 'technologie', 'technologies', 'tecnologias'],
  computing: ['calcolo', 'informatique', 'computacion', 'computacao'],
  intelligence: ['intelligenza', 'intelligence', 'inteligencia'],
  semiconductor: ['semiconduttori', 'semiconduttore', 'semiconducteurs', 'semiconducteur', 'semiconductores', 'semicondutores'],
  platform: ['piattaforme', 'piattaforma', 'plateformes', 'plateforme', 'plataformas', 'plataforma'],
  service: ['servizi', 'servizio', 'services', 'servicios', 'servicos'],
  trust: ['fiducia', 'confiance', 'confianza', 'confianca'],
  identity: ['identita', 'identite', 'identites', 'identidad', 'identidades', 'identidade'],
  data: ['dati', 'donnees', 'datos', 'dados'],
  flow: ['flussi', 'flusso', 'flux', 'flujos', 'flujo', 'fluxos', 'fluxo'],
  interoperability: ['interoperabilita', 'interoperabilite', 'interoperabilidad', 'interoperabilidade'],
  trade: ['commercio', 'commerce', 'comercio'],
  cable: ['cavi', 'cavo', 'cables', 'cabos'],
  climate: ['clima', 'climat'],
  change: ['cambiamento', 'cambiamenti', 'changement', 'cambio', 'mudanca', 'mudancas'],
  disaster: ['disastri', 'disastro', 'catastrophes', 'catastrophe', 'desastres', 'desastre'],
  material: ['materiali', 'materiaux', 'materiales', 'materiais'],
  science: ['scienza', 'scienze', 'sciences', 'ciencia', 'ciencias'],
  energy: ['energia', 'energie'],
  sustainability: ['sostenibilita', 'durabilite', 'sostenibilidad', 'sustentabilidade'],
  resilience: ['resilienza', 'resilience', 'resiliencia'],
  supply: ['approvvigionamento', 'approvisionnement', 'suministro', 'abastecimento'],
  chain: ['catena', 'catene', 'chaine', 'chaines', 'cadena', 'cadenas', 'cadeia', 'cadeias'],
  letter: ['lettera', 'lettre', 'carta'],
  intent: ['intenti', 'intento', 'intention', 'intentions', 'intencion', 'intenciones', 'intencao', 'intencoes'],
  cooperation: ['cooperazione', 'cooperation', 'cooperacion', 'cooperacao'],
  office: ['ufficio', 'bureau', 'oficina', 'gabinete'],
  institute: ['istituto', 'institut', 'instituto'],
  agency: ['agenzia', 'agence', 'agencia'],
  process: ['processo', 'processus', 'proceso'],
  wallet: ['portafoglio', 'portefeuille', 'cartera', 'carteira'],
  policy: ['politica', 'politique', 'politicas'],
  infrastructure: ['infrastrutture', 'infrastruttura', 'infrastructures', 'infrastructure', 'infraestructuras', 'infraestrutura'],
  protection: ['protezione', 'protection', 'proteccion', 'protecao'],
  product: ['prodotto', 'prodotti', 'produit', 'produits', 'producto', 'productos', 'produto', 'produtos'],
  development: ['sviluppo', 'developpement', 'desarrollo', 'desenvolvimento'],
  brussels: ['bruxelles', 'bruselas', 'bruxelas'],
  tokyo: ['tokio', 'toquio'],
  paris: ['parigi'],
  seoul: ['seul'],
};
const ADJECTIVES: Record<string, string[]> = {
  digital: ['digitale', 'digitali', 'numerique', 'numeriques', 'digitales', 'digitais'],
  economic: ['economica', 'economico', 'economiche', 'economici', 'economique', 'economiques', 'economicas', 'economicos'],
  global: ['globale', 'globali', 'mondiale', 'mondial', 'mondiaux', 'mundial', 'global'],
  quantum: [
    'quantistica',
    'quantistico',
    'quantistiche',
    'quantistici',
    'quantique',
    'quantiques',
    'cuantica',
    'cuantico',
    'quantica',
    'quantico',
  ],
  artificial: ['artificiale', 'artificielle', 'artificial'],
  online: ['online'],
  international: ['internazionale', 'internazionali', 'international', 'internationale', 'internacional'],
  electronic: ['elettronico', 'elettronica', 'electronique', 'electronico', 'electronica', 'eletronico'],
  submarine: ['sottomarini', 'sottomarino', 'sous-marins', 'submarinos', 'submarinas'],
  natural: ['naturali', 'naturale', 'naturelles', 'naturels', 'naturales', 'naturais'],
  critical: ['critiche', 'critica', 'critiques', 'critique', 'criticas', 'criticos'],
  regulatory: ['normativo', 'normativa', 'reglementaire', 'regulatorio', 'regulamentar'],
  strategic: ['strategico', 'strategica', 'strategique', 'estrategico', 'estrategica'],
  joint: ['congiunto', 'congiunta', 'conjoint', 'conjointe', 'conjunto', 'conjunta'],
};
// Words that join a head to its complement ("di", "de", "du"), are articles, or join names.
const OF = new Set(['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'd', 'de', 'du', 'des', 'do', 'dos', 'das', 'da']);
const ARTICLES = new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'el', 'los', 'las', 'les', 'o', 'os', 'as']);
const AND = new Set(['e', 'et', 'y']);
const ON = new Set(['su', 'sul', 'sulla', 'sui', 'sulle', 'sur', 'sobre', 'per', 'pour', 'para']);

const LEXICON = new Map<string, Entry>();
for (const [en, forms] of Object.entries(NOUNS)) for (const form of forms) LEXICON.set(nameKey(form), { en });
for (const [en, forms] of Object.entries(ADJECTIVES)) for (const form of forms) LEXICON.set(nameKey(form), { en, adjective: true });

/** English order within one phrase: adjectives (in reverse, "digitale globale" -> "global digital"), nouns, then the rest. */
function englishPhrase(entries: Array<{ word: string; adjective: boolean; known: boolean }>): string[] {
  const adjectives = entries.filter((entry) => entry.adjective).map((entry) => entry.word);
  const nouns = entries.filter((entry) => !entry.adjective && entry.known).map((entry) => entry.word);
  const rest = entries.filter((entry) => !entry.adjective && !entry.known).map((entry) => entry.word);
  return [...rest.filter((word) => /^#\d+$/.test(word)), ...adjectives.reverse(), ...nouns, ...rest.filter((word) => !/^#\d+$/.test(word))];
}

/**
 * The English normal-word readings of a span's text, or none when no word of it is in the lexicon.
 * Each reading is a list of normal words (wordForms.ts), ready for shapeOf.
 */
export function englishReadings(surface: string): string[][] {
  const all = nameKey(surface).split(' ');
  // A leading article is not part of the name ("il terzo Consiglio" names "terzo Consiglio"), as "the" is not.
  if (ARTICLES.has(all[0] ?? '')) return [];
  const words = all.filter((word) => word !== '' && !ARTICLES.has(word));
  let translated = 0;
  const phrases: Array<Array<{ word: string; adjective: boolean; known: boolean }>> = [[]];
  const joiners: string[] = [];
  for (const word of words) {
    if (OF.has(word) || ON.has(word) || AND.has(word)) {
      phrases.push([]);
      joiners.push(OF.has(word) ? 'of' : ON.has(word) ? 'on' : 'and');
      continue;
    }
    const entry = LEXICON.get(word);
    if (entry) translated += 1;
    const normal = entry ? entry.en : normalWord(word);
    phrases[phrases.length - 1]!.push({ word: normal, adjective: entry?.adjective === true, known: entry !== undefined });
  }
  if (translated === 0 || phrases.some((phrase) => phrase.length === 0)) return [];
  const english = phrases.map(englishPhrase);
  const readings: string[][] = [];
  // "letter of intent", "council of partnership": the complement after "of".
  readings.push(english.flatMap((phrase, at) => (at === 0 ? phrase : [joiners[at - 1]!, ...phrase])));
  // "partnership council": a head and one "di" complement make an English compound.
  if (english.length === 2 && joiners[0] === 'of') {
    const [head, complement] = english;
    const ordinals = head!.filter((word) => /^#\d+$/.test(word));
    readings.push([...ordinals, ...complement!, ...head!.filter((word) => !/^#\d+$/.test(word))]);
  }
  return readings.map((reading) => reading.map((word) => normalWord(word)));
}

/** The English word a word of another language stands for in a name, if the lexicon has it. */
export function englishWord(word: string): string | undefined {
  return LEXICON.get(nameKey(word))?.en;
}
