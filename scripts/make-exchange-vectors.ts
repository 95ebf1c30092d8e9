// Writes the exchange format's known-answer vectors into test/fixtures/exchange/ (docs/exchange-format.md). Run
// once per format version: the sealed files are random by design and, once committed, are kept forever so every
// later version of the app (and the independent reader) proves it still opens them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { VECTOR_DIR, derivedVectors, sealedVectors, vectorPath, RECORD_VECTOR } from '../test/core/exchange/support/exchange-vectors.ts';

mkdirSync(VECTOR_DIR, { recursive: true });
const sealed = sealedVectors();
for (const [name, bytes] of Object.entries(sealed)) writeFileSync(vectorPath(name), bytes);
const record = sealed[RECORD_VECTOR];
if (!record) throw new Error('no record vector');
for (const [name, text] of Object.entries(derivedVectors(record))) writeFileSync(vectorPath(name), text);
process.stdout.write(`已写入 ${VECTOR_DIR}\n`);
