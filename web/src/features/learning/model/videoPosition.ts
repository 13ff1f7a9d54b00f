/**
 * Where a video starts: at the saved position, unless there is none, or it is in the last seconds (the learner
 * watched it to the end: start again rather than land on the final frame).
 */
export function resumePosition(saved: number | null | undefined, duration: number): number {
  if (!saved || saved <= 0) return 0;
  if (Number.isFinite(duration) && duration > 0 && saved >= duration - 3) return 0;
  return Math.floor(saved);
}
