// Generates the code that the rules schema drives, so the schema stays the one source of truth:
// TypeScript types (json-schema-to-typescript) and a CSP-safe standalone validator (ajv standalone:
// no `new Function` at runtime, which a strict CSP on a host page would block).
// Run `npm run generate` after editing rules/schema.json; tests/engine/generated.test.ts fails when you forget.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateOutputs } from './generate-outputs.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outputs = await generateOutputs(JSON.parse(readFileSync(`${root}rules/schema.json`, 'utf8')));
for (const [file, text] of Object.entries(outputs)) writeFileSync(`${root}${file}`, text);
console.log(`wrote ${Object.keys(outputs).join(', ')}`);
