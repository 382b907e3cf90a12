/**
 * Document-bound aliases (`scope: document` in a bundle) as the graph stores them: the entity's
 * `aliases` keep every surface form as before, and `documentAliases` lists, as one JSON string
 * `{"document","text"}` each, the forms that name the entity only inside their own article ("the
 * council", "national governments"). A list of strings because Neo4j properties cannot hold maps;
 * JSON so that neither part needs escaping. Encoded and decoded here only.
 */
export interface DocumentAlias {
  document: string;
  text: string;
}

export function encodeDocumentAlias(alias: DocumentAlias): string {
  return JSON.stringify({ document: alias.document, text: alias.text });
}

/** The stored list read back; an entry that is not such a JSON string is skipped, never thrown on. */
export function decodeDocumentAliases(stored: unknown): DocumentAlias[] {
  if (!Array.isArray(stored)) return [];
  const aliases: DocumentAlias[] = [];
  for (const value of stored) {
    if (typeof value !== 'string') continue;
    try {
      const parsed = JSON.parse(value) as Partial<DocumentAlias>;
      if (typeof parsed.document === 'string' && typeof parsed.text === 'string')
        aliases.push({ document: parsed.document, text: parsed.text });
    } catch {
      // Not ours: ignored.
    }
  }
  return aliases;
}
