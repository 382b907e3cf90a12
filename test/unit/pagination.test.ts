import { decodeCursor, encodeCursor, pageWindow } from '../../src/graphql/resolvers/lib/pagination';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
}

describe('page windows', () => {
  it('default to the first 20 items', () => {
    expect(pageWindow(undefined, undefined)).toEqual({ offset: 0, first: 20 });
  });

  it('continue after the cursor they were given', () => {
    expect(pageWindow(5, encodeCursor(9))).toEqual({ offset: 10, first: 5 });
    expect(decodeCursor(encodeCursor(42))).toBe(42);
  });

  it('accept 100 and reject 101 or a negative size as bad user input', () => {
    expect(pageWindow(100, null).first).toBe(100);
    expect(codeOf(() => pageWindow(101, null))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow(-1, null))).toBe('BAD_USER_INPUT');
  });

  it('reject a cursor this API did not issue', () => {
    expect(codeOf(() => pageWindow(10, 'not-a-cursor'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow(10, Buffer.from('offset:-3').toString('base64url')))).toBe('BAD_USER_INPUT');
  });
});
