import { cpSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;

interface Finding {
  id: string;
  file: string;
  severity: { name: string };
  description: string;
}
type Run = (options: Record<string, unknown>) => Promise<{ issues: Finding[]; errors: { file: string; message: string }[] }>;
const runElectronegativity = require('@doyensec/electronegativity') as Run;

// Electronegativity's findings above informational that stay, each explained in docs/security.md under its id.
// A new finding fails this test; so does an explained one that went away (the list must stay true).
const EXPLAINED: readonly { id: string; file: string }[] = [
  { id: 'CSP_GLOBAL_CHECK', file: 'src-renderer/index.html' },
  { id: 'PRELOAD_JS_CHECK', file: 'src-main/shell/create-window.ts' },
];
// It downloads Electron's release list from GitHub; the Electron version is pinned in package.json instead.
const NEEDS_THE_INTERNET = ['AvailableSecurityFixesGlobalCheck'];

describe('Electronegativity on the app’s source', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let translations: Server;
  let findings: Finding[];
  let parseErrors: { file: string; message: string }[];

  beforeAll(async () => {
    // The tool fetches its translations at start; a loopback server answering 404 keeps it off the network
    // (it then speaks English).
    translations = createServer((_request, response) => response.writeHead(404).end());
    await new Promise<void>((resolve) => translations.listen(0, '127.0.0.1', resolve));
    const manifest = require('@doyensec/electronegativity/package.json') as { i18nSource: string };
    manifest.i18nSource = `http://127.0.0.1:${(translations.address() as AddressInfo).port}`;

    // The app's code alone: tests and tools in the repository would be scanned as if they shipped.
    temp = makeTempDir('liuhen-electronegativity-');
    for (const part of ['src-main', 'src-renderer', 'package.json']) cpSync(join(ROOT, part), join(temp.path, part), { recursive: true });
    const result = await runElectronegativity({
      input: temp.path,
      isRelative: true,
      electronVersionOverride: ELECTRON_VERSION,
      excludeFromScan: NEEDS_THE_INTERNET.map((check) => check.toLowerCase()),
    });
    findings = result.issues;
    parseErrors = result.errors;
  });
  afterAll(async () => {
    temp?.remove();
    await new Promise((resolve) => translations?.close(resolve));
  });

  it('reads every file it was given', () => {
    expect(parseErrors).toEqual([]);
    expect(findings.some((finding) => finding.id === 'ELECTRON_VERSION_JSON_CHECK')).toBe(true);
  });

  it('finds nothing above informational beyond the findings explained in docs/security.md', () => {
    const serious = findings
      .filter((finding) => finding.severity.name !== 'INFORMATIONAL')
      .map(({ id, file }) => ({ id, file }))
      .sort((a, b) => (a.id + a.file < b.id + b.file ? -1 : 1));
    expect(serious).toEqual([...EXPLAINED].sort((a, b) => (a.id + a.file < b.id + b.file ? -1 : 1)));
  });

  it('has each remaining finding explained in docs/security.md', () => {
    const security = readFileSync(join(ROOT, 'docs', 'security.md'), 'utf8');
    for (const { id } of EXPLAINED) expect(security, id).toContain(`\`${id}\``);
  });
});
