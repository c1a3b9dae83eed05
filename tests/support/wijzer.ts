// The `wijzer` command as the tests run it. `npm test` calls its main function (widget/cli/main.ts run()) in the
// test's own process: a Node start with tsx costs about half a second of CPU per call, which made the CLI suites
// the slowest of the fast tier. `npm run test:all` starts the real command for every call, so each case is also
// proven through the process glue (widget/cli/wijzer.ts: argv, stdout, stderr, exit code).
import { spawn } from 'node:child_process';
import { run } from '../../widget/cli/main.ts';
import { ALL_TESTS } from './test-tier.ts';

export interface WijzerRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real command, `node --import tsx widget/cli/wijzer.ts …`, with its output piped (not a terminal). */
export function wijzerProcess(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<WijzerRun> {
  return new Promise((done, fail) => {
    // Async on purpose: a test may serve https in this process, and a blocking spawn would leave it unable to answer.
    const child = spawn(process.execPath, ['--import', 'tsx', 'widget/cli/wijzer.ts', ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The same command in this process: run() with the output collected, as the piped command writes it. */
export async function wijzerInProcess(args: string[]): Promise<WijzerRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), tty: false });
  return { code, stdout, stderr };
}

/** `wijzer …`: in this process for `npm test`, the real command for `npm run test:all`. */
export const wijzer = (...args: string[]): Promise<WijzerRun> => (ALL_TESTS ? wijzerProcess(args) : wijzerInProcess(args));
