// The schema is the one source of truth: the generated types and validator must match it.
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generateOutputs } from '../../widget/build/generate-outputs.ts';

it('widget/engine/generated/* is current with rules/schema.json (run `npm run generate`)', async () => {
  const outputs = await generateOutputs(JSON.parse(readFileSync('rules/schema.json', 'utf8')));
  for (const [file, text] of Object.entries(outputs)) expect(readFileSync(file, 'utf8'), file).toBe(text);
});
