/**
 * Answers a request that wrote with its bookmark token in the Graph-Bookmark header (db/bookmarks.ts,
 * docs/scale-out.md): sent back on a later request, to any replica, that request reads what this
 * one wrote. Only writes answer with one; a read's token would name nothing new.
 *
 * A hook that throws turns the whole response into Apollo's bare 500: a context without a chain
 * (none is built for a request refused before its context) gets no header.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { BOOKMARK_HEADER, type RequestContext } from '../context';

export function bookmarkHeaderPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const bookmarks = (contextValue as Partial<RequestContext>).bookmarks;
          if (!bookmarks?.wrote) return;
          const token = await bookmarks.token();
          if (token) response.http.headers.set(BOOKMARK_HEADER, token);
        },
      };
    },
  };
}
