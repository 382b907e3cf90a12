/** Reading request bodies within a size limit. */
import type * as http from 'node:http';
import { HttpError } from './httpError';

export const MAX_BODY_BYTES = 1_048_576 + 64 * 1024; // a 1 MiB string argument plus the envelope

/** Reads the body up to the limit; past it, answers 413 and drains the rest without keeping it. */
export function readBody(request: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${limit} bytes.`);
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      request.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        reject(tooLarge());
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
