/**
 * Maps the rest of a URL path to a file inside one folder, or to nothing when the path would
 * leave it: `..` (plain or percent-encoded, `..%2f`), absolute paths, NUL bytes, bad escapes.
 * The WHATWG URL parser already folds plain `/../` out of the pathname; this is the guard
 * for what it leaves encoded.
 */
import * as path from 'node:path';

export function fileInsideFolder(folder: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded === '' || decoded.includes('\0')) return undefined;
  const root = path.resolve(folder);
  const file = path.resolve(root, decoded);
  return file.startsWith(root + path.sep) ? file : undefined;
}
