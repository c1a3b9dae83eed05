// Test files share their worker (isolate: false in vite.config.ts): the modules load once per worker instead of
// once per file. What a file changes outside its own modules is put back after it, so the next file in the
// worker starts clean: stubbed globals, spies, stubbed environment variables and fake timers, and in happy-dom
// the page itself (what is rendered or placed in it, <html> attributes, the address, storage).
import { afterAll, vi } from 'vitest';

afterAll(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  if (typeof document === 'undefined') return;
  // A widget the file placed may still be loading its app chunk: load it here too, so no import is in flight when
  // the worker's happy-dom window closes ("Cannot load … after the environment was torn down").
  await import('../../widget/app-mount.ts');
  const { cleanup } = await import('@testing-library/preact');
  cleanup();
  document.body.replaceChildren();
  document.head.replaceChildren();
  for (const { name } of [...document.documentElement.attributes]) document.documentElement.removeAttribute(name);
  window.history.replaceState(null, '', '/');
  localStorage.clear();
  sessionStorage.clear();
});
