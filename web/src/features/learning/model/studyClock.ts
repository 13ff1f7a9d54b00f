/**
 * Time spent on a lesson, counted only while the page is visible: the running total the progress endpoint expects
 * (it keeps the highest report, so sending the same total twice, or a retry, never double-counts).
 * Pure: the caller passes the time, so the counting is testable without timers.
 */
export type StudyClock = {
  /** Seconds recorded before this visit (the lesson's saved time spent). */
  readonly baseSeconds: number;
  /** Milliseconds counted in finished visible stretches of this visit. */
  readonly countedMs: number;
  /** When the current visible stretch began; null while hidden. */
  readonly runningSince: number | null;
};

export function startClock(baseSeconds: number, now: number, visible = true): StudyClock {
  return { baseSeconds: Math.max(0, Math.floor(baseSeconds)), countedMs: 0, runningSince: visible ? now : null };
}

export function pauseClock(clock: StudyClock, now: number): StudyClock {
  if (clock.runningSince === null) return clock;
  return { ...clock, countedMs: clock.countedMs + Math.max(0, now - clock.runningSince), runningSince: null };
}

export function resumeClock(clock: StudyClock, now: number): StudyClock {
  return clock.runningSince === null ? { ...clock, runningSince: now } : clock;
}

/** The running total, whole seconds. */
export function totalSeconds(clock: StudyClock, now: number): number {
  const running = clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince);
  return clock.baseSeconds + Math.floor((clock.countedMs + running) / 1000);
}
