/**
 * Who writes, and under which idempotency key. Every service takes a Writer: the editor's name
 * goes into the audit log; the key, when the client sent one, makes the write safe to retry
 * (auditedWrite stores its outcome in the same transaction and answers a retry with it).
 */
export interface IdempotencyScope {
  /** Unique per editor, client key and mutation field (see graphql/resolvers/lib/requireEditor.ts). */
  id: string;
  /** A hash of the mutation's field and arguments: the same key with other arguments is refused. */
  fingerprint: string;
}

export interface Writer {
  name: string;
  idempotency?: IdempotencyScope;
}

/** A writer without a key (CLI loaders, tests): every call is a new write. */
export const writerNamed = (name: string): Writer => ({ name });
