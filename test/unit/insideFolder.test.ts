import * as path from 'node:path';
import { fileInsideFolder } from '../../src/http/insideFolder';

const folder = path.resolve('/srv/web/assets');

describe('fileInsideFolder (the static files guard)', () => {
  it('maps a plain name, or one with escapes, to the file inside the folder', () => {
    expect(fileInsideFolder(folder, 'explore-ABC.js')).toBe(path.join(folder, 'explore-ABC.js'));
    expect(fileInsideFolder(folder, 'a%20b.css')).toBe(path.join(folder, 'a b.css'));
    expect(fileInsideFolder(folder, 'sub/x.js')).toBe(path.join(folder, 'sub', 'x.js'));
  });

  it.each([
    ['an encoded parent step', '..%2f..%2fsecret.txt'],
    ['encoded dots', '%2e%2e/%2e%2e/secret.txt'],
    ['a plain parent step', '../x'],
    ['the folder itself', '.'],
    ['an absolute path', '%2fetc%2fpasswd'],
    ['a NUL byte', 'x.js%00.txt'],
    ['a broken escape', '%E0%A4%A'],
    ['nothing', ''],
    ['a sibling folder sharing the prefix', '..%2fassets-old%2fx.js'],
  ])('refuses %s', (_name, urlPath) => {
    expect(fileInsideFolder(folder, urlPath)).toBeUndefined();
  });
});
