#!/usr/bin/env node
// `wijzer <command>`: the entry for `npm run wijzer --` (tsx) and for dist/cli/wijzer.js (npm run build:cli).
// Everything but the process lives in main.ts, which the tests call in-process.
import { run } from './main.ts';

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  tty: process.stdout.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
