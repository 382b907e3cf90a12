/**
 * Read-your-writes across replicas (docs/scale-out.md). Neo4j answers every committed transaction
 * with a bookmark; a session opened with bookmarks starts only once the server it runs on has
 * applied the transactions they name. One request shares one chain: every session of the request
 * starts from the bookmarks the client sent back and from those of the request's own earlier
 * sessions (so a mutation's payload is read after its write, wherever the read is routed), and
 * the request answers with the bookmarks it ended on.
 *
 * To the client a bookmark is one opaque token (a header value): "b1." and the base64url JSON
 * list of Neo4j's bookmark strings. Several tokens (from several writes) may be sent together,
 * comma-separated; they are joined. A token this server did not issue is refused before anything
 * runs, so a client's mistake is a 400, never a wait or a 500.
 */
import neo4j, { type BookmarkManager } from 'neo4j-driver';

const TOKEN_PREFIX = 'b1.';
/** Neo4j's bookmark strings are printable ASCII without spaces or commas (base64 and a prefix). */
const NEO4J_BOOKMARK = /^[\x21-\x2b\x2d-\x7e]{1,1000}$/;
export const MAX_BOOKMARKS = 16;

export class RequestBookmarks {
  readonly manager: BookmarkManager;
  private wroteSomething = false;

  constructor(initial: readonly string[] = []) {
    this.manager = neo4j.bookmarkManager({ initialBookmarks: initial });
  }

  /** Called by the database view after each write transaction commits. */
  noteWrite(): void {
    this.wroteSomething = true;
  }

  get wrote(): boolean {
    return this.wroteSomething;
  }

  /** The token to answer with: the bookmarks the request ended on; undefined when there are none. */
  async token(): Promise<string | undefined> {
    const bookmarks = [...(await this.manager.getBookmarks())].sort();
    return bookmarks.length === 0 ? undefined : encodeBookmarkToken(bookmarks);
  }
}

export function encodeBookmarkToken(bookmarks: readonly string[]): string {
  return TOKEN_PREFIX + Buffer.from(JSON.stringify(bookmarks), 'utf8').toString('base64url');
}

/**
 * Neo4j's bookmarks in a header value (one or more comma-separated tokens); null when a token
 * is not one this server issues (the caller answers 400).
 */
export function decodeBookmarkTokens(header: string): string[] | null {
  const bookmarks = new Set<string>();
  for (const token of header.split(',').map((part) => part.trim())) {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    let list: unknown;
    try {
      list = JSON.parse(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (!Array.isArray(list) || list.length === 0) return null;
    for (const bookmark of list) {
      if (typeof bookmark !== 'string' || !NEO4J_BOOKMARK.test(bookmark)) return null;
      bookmarks.add(bookmark);
    }
  }
  return bookmarks.size <= MAX_BOOKMARKS ? [...bookmarks] : null;
}
