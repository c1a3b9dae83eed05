// A value that follows another one paint later: an effect runs after the browser painted, so what shows the
// first value (the live results) is on screen before what shows this one (the overdrachtsblad, below the fold).
import { useEffect, useState } from 'preact/hooks';

export function useAfterPaint<T>(value: T): T {
  const [later, setLater] = useState(value);
  useEffect(() => setLater(value), [value]);
  return later;
}
