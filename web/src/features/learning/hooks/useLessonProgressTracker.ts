import { useCallback, useEffect, useRef, type MutableRefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { putProgress } from '../api/useUpdateProgress';
import { rememberProgress } from '../api/progressCache';
import { pauseClock, resumeClock, startClock, totalSeconds } from '../model/studyClock';
import type { ProgressUpdate } from '../types';

/** How often time spent is reported while the lesson is on screen. */
export const REPORT_INTERVAL_MS = 30_000;

/**
 * Reports a learner's progress on the open lesson: "started" when it opens, then the running time spent (counted only
 * while the page is visible) every 30 s, when the page is hidden, and when the lesson is left — with the video's
 * position for videos. The service keeps the highest time, so a repeated or late report never double-counts.
 * Returns `flush`, to report at once (a video paused).
 */
export function useLessonProgressTracker({
  courseId,
  lessonId,
  enabled,
  baseSeconds,
  positionRef,
}: {
  courseId: string;
  lessonId: string;
  /** Only for an enrolled learner once the lesson is loaded (a preview is not tracked). */
  enabled: boolean;
  /** The time already recorded for this lesson. */
  baseSeconds: number;
  positionRef: MutableRefObject<number | null>;
}): { flush: () => void } {
  const queryClient = useQueryClient();
  const flushRef = useRef<() => void>(() => undefined);
  // Read once per lesson: the cached lesson is updated by every report, which must not restart the clock.
  const baseRef = useRef(baseSeconds);
  baseRef.current = baseSeconds;

  useEffect(() => {
    if (!enabled) return;
    const visible = () => document.visibilityState !== 'hidden';
    let clock = startClock(baseRef.current, Date.now(), visible());
    let lastSent: { seconds: number; position: number | null } | null = null;

    const send = (status: 'started' | null, keepalive = false) => {
      const seconds = totalSeconds(clock, Date.now());
      const position = positionRef.current === null ? null : Math.min(86_400, Math.max(0, Math.floor(positionRef.current)));
      if (!status && lastSent && lastSent.seconds === seconds && lastSent.position === position) return;
      lastSent = { seconds, position };
      const update: ProgressUpdate = { status, time_spent_seconds: seconds, position_seconds: position };
      putProgress(lessonId, update, keepalive)
        .then((result) => rememberProgress(queryClient, { courseId, lessonId, entry: result.lesson, enrollment: result.enrollment }))
        .catch(() => {
          // A lost report is made up by the next one (running totals); nothing to show the learner.
          lastSent = null;
        });
    };

    send('started');
    const timer = window.setInterval(() => {
      if (visible()) send(null);
    }, REPORT_INTERVAL_MS);
    const onVisibility = () => {
      if (visible()) {
        clock = resumeClock(clock, Date.now());
      } else {
        clock = pauseClock(clock, Date.now());
        send(null, true);
      }
    };
    const onPageHide = () => send(null, true);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    flushRef.current = () => send(null);

    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      flushRef.current = () => undefined;
      send(null, true); // leaving the lesson (another lesson, another page)
    };
  }, [courseId, lessonId, enabled, positionRef, queryClient]);

  return { flush: useCallback(() => flushRef.current(), []) };
}
