import { describe, expect, it } from 'vitest';
import { readFeed, readNotification, type AppNotification } from './notification';
import { badgeText, withAllRead, withArrival, withRead } from './feedCache';
import { appPath } from './notificationLink';

const note = (id: string, read = false): AppNotification => ({ id, kind: 'welcome', title: `T ${id}`, body: '', link: null, created_at: '2026-11-30T03:00:00Z', read });

describe('reading notifications from the gateway', () => {
  it('reads a notification and a feed, dropping what is not one', () => {
    expect(readNotification({ id: 'a', kind: 'welcome', title: 'Hi', body: 'B', link: '/courses', created_at: '2026-11-30T03:00:00Z', read: false })).toEqual({
      id: 'a', kind: 'welcome', title: 'Hi', body: 'B', link: '/courses', created_at: '2026-11-30T03:00:00Z', read: false,
    });
    expect(readNotification({ title: 'no id' })).toBeNull();
    expect(readFeed({ items: [{ id: 'x', title: 'X', created_at: '2026-11-30T03:00:00Z' }, 42], unread_count: 5 })).toEqual({
      items: [{ id: 'x', kind: 'other', title: 'X', body: '', link: null, created_at: '2026-11-30T03:00:00Z', read: false }],
      unread_count: 5,
    });
  });
});

describe('feed cache updates', () => {
  it('prepends a live notification once, within the limit, counting it unread', () => {
    const feed = { items: [note('b'), note('c', true)], unread_count: 1 };
    const next = withArrival(feed, note('a'), 2);
    expect(next).toEqual({ items: [note('a'), note('b')], unread_count: 2 });
    expect(withArrival(next, note('a'), 2)).toBe(next);
  });

  it('marks one or all read, never counting below zero', () => {
    const feed = { items: [note('a'), note('b', true)], unread_count: 1 };
    expect(withRead(feed, 'a')).toEqual({ items: [note('a', true), note('b', true)], unread_count: 0 });
    expect(withRead(feed, 'b')).toBe(feed);
    expect(withAllRead({ items: [note('a'), note('b')], unread_count: 7 })).toEqual({ items: [note('a', true), note('b', true)], unread_count: 0 });
  });

  it('caps the badge', () => {
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
  });
});

describe('appPath', () => {
  it('follows paths of this site, with the auth service’s older page names mapped', () => {
    expect(appPath('/courses?level=beginner')).toBe('/courses?level=beginner');
    expect(appPath('/profile')).toBe('/account');
    expect(appPath('/instructor')).toBe('/teach');
  });

  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)'])('does not follow %j', (link) => {
    expect(appPath(link)).toBeNull();
  });
});
