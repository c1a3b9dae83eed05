// A fresh start of the questions: after a wipe (the session mounts `wiped`) or an opened link, the questions
// are rendered anew (a new `round`, used as their key) and the focus goes to their heading once they are.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface FreshStart {
  /** Key for the questions and the sheet: a new round renders them from scratch. */
  round: number;
  /** The questions' heading, where the focus goes. */
  heading: { current: HTMLHeadingElement | null };
  restart: () => void;
}

export function useFreshStart(wiped: boolean): FreshStart {
  const [round, setRound] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef(wiped);
  useEffect(() => {
    if (pendingFocus.current) heading.current?.focus();
    pendingFocus.current = false;
  }, [round]);
  return {
    round,
    heading,
    restart: () => {
      pendingFocus.current = true;
      setRound((r) => r + 1);
    },
  };
}
