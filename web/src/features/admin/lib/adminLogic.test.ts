import { describe, expect, it } from 'vitest';
import type { User } from '@/lib/api/types';
import { filtersFromParams, paramsFromFilters, usersQuery } from './userFilters';
import { pendingApplications } from './applications';
import { orderedStatuses, summarizeDays, weeklyTotals } from './statsSummary';

describe('user filters in the address', () => {
  it('reads known values only, and writes back only what is set', () => {
    const filters = filtersFromParams(new URLSearchParams('q=dupont&role=wizard&status=suspended&page=-3'));
    expect(filters).toEqual({ search: 'dupont', role: '', status: 'suspended', page: 1 });
    expect(paramsFromFilters({ ...filters, page: 2 }).toString()).toBe('q=dupont&status=suspended&page=2');
  });

  it('leaves empty filters out of the API query', () => {
    expect(usersQuery({ search: '  ', role: 'instructor', status: '', page: 3 })).toEqual({ role: 'instructor', page: 3, page_size: 20 });
  });
});

const person = (id: string, role: string, status: string | null, appliedAt: string | null): User => ({
  id,
  email: `${id}@example.com`,
  first_name: id,
  last_name: 'Test',
  avatar_url: null,
  role,
  status: 'active',
  language: 'fr',
  email_verified: true,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  last_login_at: null,
  instructor_info: status ? { verification_status: status, applied_at: appliedAt, bio: 'Bio', expertise_tags: ['r'] } : null,
  notification_settings: {},
});

describe('pendingApplications', () => {
  it('keeps learners waiting for a decision, the longest waiting first', () => {
    const users = [
      person('late', 'learner', 'unverified', '2026-03-05T00:00:00Z'),
      person('refused', 'learner', 'rejected', '2026-01-05T00:00:00Z'),
      person('never', 'learner', null, null),
      person('teacher', 'instructor', 'verified', '2026-01-01T00:00:00Z'),
      person('early', 'learner', 'unverified', '2026-02-01T00:00:00Z'),
    ];
    expect(pendingApplications(users).map((user) => user.id)).toEqual(['early', 'late']);
  });
});

describe('chart text alternatives', () => {
  const days = [
    { date: '2026-11-23', count: 1 }, // Monday
    { date: '2026-11-24', count: 4 },
    { date: '2026-11-29', count: 0 }, // Sunday
    { date: '2026-11-30', count: 2 }, // next Monday
  ];

  it('sums the period, the last week and finds the busiest day', () => {
    expect(summarizeDays(days)).toEqual({ total: 7, lastWeek: 7, peak: { date: '2026-11-24', count: 4 }, from: '2026-11-23', to: '2026-11-30' });
    expect(summarizeDays([{ date: '2026-11-30', count: 0 }]).peak).toBeNull();
  });

  it('groups days by week starting on Monday', () => {
    expect(weeklyTotals(days)).toEqual([
      { date: '2026-11-23', count: 5 },
      { date: '2026-11-30', count: 2 },
    ]);
  });

  it('orders course statuses published first, unknown ones last', () => {
    expect(orderedStatuses({ archived: 1, later: 2, draft: 3, published: 4 }).map(([status]) => status)).toEqual(['published', 'draft', 'archived', 'later']);
  });
});
