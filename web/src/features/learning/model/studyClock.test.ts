import { describe, expect, it } from 'vitest';
import { pauseClock, resumeClock, startClock, totalSeconds } from './studyClock';

describe('study clock', () => {
  it('adds the visible time of this visit to the time already recorded', () => {
    const clock = startClock(120, 0);
    expect(totalSeconds(clock, 45_900)).toBe(165);
  });

  it('does not count the time the page is hidden', () => {
    let clock = startClock(0, 0);
    clock = pauseClock(clock, 10_000); // hidden after 10 s
    expect(totalSeconds(clock, 600_000)).toBe(10);
    clock = resumeClock(clock, 600_000); // back 10 minutes later
    expect(totalSeconds(clock, 605_000)).toBe(15);
  });

  it('starts paused when the page opens hidden, and pausing twice changes nothing', () => {
    let clock = startClock(5, 0, false);
    expect(totalSeconds(clock, 50_000)).toBe(5);
    clock = resumeClock(clock, 50_000);
    clock = pauseClock(pauseClock(clock, 53_000), 90_000);
    expect(totalSeconds(clock, 99_000)).toBe(8);
  });
});
