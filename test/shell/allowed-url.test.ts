import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from '../../src-main/shell/allowed-url.ts';

const ROOT = new URL('file:///opt/liuhen/out/renderer/');
const DEV = 'http://localhost:5173/';

describe('what the window may load', () => {
  it.each([
    ['the bundle’s page', 'file:///opt/liuhen/out/renderer/index.html'],
    ['the bundle’s script', 'file:///opt/liuhen/out/renderer/assets/index-abc.js'],
  ])('allows %s', (_label, url) => {
    expect(isAllowedUrl(url, ROOT, undefined)).toBe(true);
  });

  it.each([
    ['a web site', 'https://example.com/'],
    ['a loopback server', 'http://127.0.0.1:8080/'],
    ['another file on disk', 'file:///etc/passwd'],
    ['a path climbing out of the bundle', 'file:///opt/liuhen/out/renderer/../main/index.js'],
    ['an encoded climb', 'file:///opt/liuhen/out/renderer/%2e%2e/main/index.js'],
    ['a sibling folder sharing the prefix', 'file:///opt/liuhen/out/renderer-evil/index.html'],
    ['devtools outside development', 'devtools://devtools/bundled/inspector.html'],
    ['the dev server when not developing', DEV],
    ['something that is not a URL', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedUrl(url, ROOT, undefined)).toBe(false);
  });

  it('allows the dev server and devtools only while developing', () => {
    expect(isAllowedUrl(`${DEV}src/main.tsx`, ROOT, DEV)).toBe(true);
    expect(isAllowedUrl('devtools://devtools/bundled/inspector.html', ROOT, DEV)).toBe(true);
    expect(isAllowedUrl('https://example.com/', ROOT, DEV)).toBe(false);
  });
});
