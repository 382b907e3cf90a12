/**
 * The editor token a reviewer pastes: kept in sessionStorage (gone when the tab closes, never
 * written to disk by us) and sent as `Authorization: Bearer` with the review's mutations only.
 */
const KEY = 'partnership-graph.editorToken';

export function readEditorToken(): string {
  return window.sessionStorage.getItem(KEY) ?? '';
}

export function saveEditorToken(token: string): void {
  if (token) window.sessionStorage.setItem(KEY, token);
  else window.sessionStorage.removeItem(KEY);
}

export function editorHeaders(token: string): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
