import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The renderer imports the form schemas and labels straight from shared/, so nothing there may pull in Node or
// chinese-days (the chinese-days adapter and the pack file loader live in core/calendar). Lint refuses Node,
// Electron, DOM and storage imports (test/lint/); this also refuses any package but these pure ones: schemas and
// the RFC 8785 encoding that fingerprints and the exchange format hash.
const PURE_PACKAGES = new Set(['zod', 'canonicalize']);
const DOMAIN_DIR = fileURLToPath(new URL('../../src-main/shared/', import.meta.url));
// `import … from '…'`, `export … from '…'` (across lines) and bare `import '…'`.
const IMPORT_SPECIFIER = /^\s*(?:(?:import|export)\b[^'";]*?\bfrom\s*|import\s*)['"]([^'"]+)['"]/gm;

function domainFiles(dir = DOMAIN_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? domainFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT_SPECIFIER)].map((match) => match[1] ?? '');
}

function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
    }
  };
  visit(join(DOMAIN_DIR, entry));
  return seen;
}

const nameOf = (file: string) => relative(DOMAIN_DIR, file).split('\\').join('/');

describe('the domain’s import boundaries', () => {
  it('imports no package but the pure ones', () => {
    const outside = domainFiles().flatMap((file) =>
      importsOf(file)
        .filter((specifier) => !specifier.startsWith('.') && !PURE_PACKAGES.has(specifier))
        .map((specifier) => `${nameOf(file)} → ${specifier}`),
    );
    expect(outside).toEqual([]);
  });

  it('keeps the form, scope and routing folders to themselves and pure calendar arithmetic', () => {
    const entries = domainFiles()
      .map(nameOf)
      .filter((file) => /^(form|scope|routing)\//.test(file));
    const reachable = new Set(entries.flatMap((entry) => [...reachableFrom(entry)].map(nameOf)));
    const outsideThem = [...reachable].filter((file) => !/^(form|scope|routing)\//.test(file)).sort();
    expect(outsideThem).toEqual(['assert-never.ts', 'calendar/iso-date.ts']);
  });

  it('sees the imports it is meant to see', () => {
    expect(importsOf(join(DOMAIN_DIR, 'form/record.ts'))).toContain('zod');
  });
});
