// The check in a Web Worker: a rules file that takes seconds to check (or never ends) cannot freeze the
// page, and the page can stop it (terminate) when it takes too long or the text changes.
import { type CheckMessage, type CheckRequest, runCheckJob } from './check-job.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CheckRequest>) => void) | null;
  postMessage(m: CheckMessage): void;
};

scope.onmessage = (e) => {
  void runCheckJob(e.data, (m) => scope.postMessage(m));
};
