import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const INDEX_HTML = join(import.meta.dirname, '..', '..', 'src-renderer', 'index.html');

function policyOf(html: string): Map<string, string[]> {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('index.html has no Content-Security-Policy meta tag');
  return new Map(
    match[1]
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

// The page's CSP, the layer that holds inside Chromium whatever the shell's handlers do.
describe('the renderer’s content security policy', () => {
  const policy = policyOf(readFileSync(INDEX_HTML, 'utf8'));

  it('starts from nothing allowed', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('runs only the app’s own scripts: no inline script, no eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('connects nowhere, posts no form, and lets no <base> move relative addresses', () => {
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('loads images, fonts and styles from the app’s files only (images also inline)', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')?.[0]).toBe("'self'");
  });

  it('names no frame, object, worker or media source, so default-src none covers them', () => {
    for (const name of ['frame-src', 'child-src', 'object-src', 'worker-src', 'media-src']) expect(policy.has(name), name).toBe(false);
  });
});
