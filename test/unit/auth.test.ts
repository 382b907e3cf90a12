import { parseEditorTokens, parseReaderTokens } from '../../src/config';
import { callerOf } from '../../src/graphql/auth';

const editors = parseEditorTokens('alice:alice-token-0123456789, bob:bob-token-0123456789');
const readers = parseReaderTokens('carol:carol-token-0123456789');

describe('who is calling', () => {
  it('is an editor, by name, for a configured bearer token', () => {
    expect(callerOf('Bearer bob-token-0123456789', editors)).toEqual({ kind: 'editor', name: 'bob' });
    expect(callerOf('bearer alice-token-0123456789', editors)).toEqual({ kind: 'editor', name: 'alice' });
  });

  it('is a reader, by name, for a configured reader token, and never an editor', () => {
    expect(callerOf('Bearer carol-token-0123456789', editors, readers)).toEqual({ kind: 'reader', name: 'carol' });
    expect(callerOf('Bearer bob-token-0123456789', editors, readers)).toEqual({ kind: 'editor', name: 'bob' });
    expect(callerOf('Bearer carol-token-0123456789', editors)).toEqual({ kind: 'invalid' });
  });

  it('is anonymous without an Authorization header', () => {
    expect(callerOf(undefined, editors)).toEqual({ kind: 'anonymous' });
    expect(callerOf('', editors)).toEqual({ kind: 'anonymous' });
  });

  it('is invalid for an unknown token, a prefix of a real one, or another scheme', () => {
    for (const header of [
      'Bearer alice-token-012345678',
      'Bearer alice-token-01234567890',
      'Basic YWxpY2U=',
      'Bearer',
      'alice-token-0123456789',
    ]) {
      expect({ header, caller: callerOf(header, editors) }).toEqual({ header, caller: { kind: 'invalid' } });
    }
  });

  it('refuses editor tokens that are short or unnamed', () => {
    expect(() => parseEditorTokens('alice:short')).toThrow(/16\+ characters/);
    expect(() => parseEditorTokens(':nameless-token-0123456789')).toThrow();
  });
});
