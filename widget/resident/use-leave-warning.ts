// The browser's own "leave this page?" question while answers are in memory, only with `confirm-leave`
// (docs/resident-flow.md: why not by default).
import { useEffect } from 'preact/hooks';

export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set; its text is ignored everywhere.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}
