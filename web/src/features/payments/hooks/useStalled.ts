import { useEffect, useRef, useState } from 'react';

/**
 * True once `value` has stayed the same for `afterMs` while `watching`: how the success page knows a payment is
 * taking longer than usual. Any change of value starts the count again.
 */
export function useStalled(value: string, watching: boolean, afterMs: number): boolean {
  const [stalled, setStalled] = useState<{ value: string; stalled: boolean }>({ value, stalled: false });
  useEffect(() => {
    if (!watching) return;
    const timer = setTimeout(() => setStalled({ value, stalled: true }), afterMs);
    return () => clearTimeout(timer);
  }, [value, watching, afterMs]);
  return watching && stalled.value === value && stalled.stalled;
}

/** Calls `callback` every `everyMs` while `everyMs` is a number (null pauses it). */
export function useInterval(callback: () => void, everyMs: number | null): void {
  // The latest callback, so that a re-render does not restart the count.
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => {
    if (everyMs === null) return;
    const timer = setInterval(() => latest.current(), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
}
