/** The users screen's search, kept in the address so it survives a reload and can be shared between admins. */
export const ROLES = ['learner', 'instructor', 'admin'] as const;
export const STATUSES = ['active', 'suspended', 'deleted'] as const;
export const EDITABLE_STATUSES = ['active', 'suspended'] as const;
export const USERS_PAGE_SIZE = 20;

export type Role = (typeof ROLES)[number];
export type Status = (typeof STATUSES)[number];
export type UserFilters = { search: string; role: Role | ''; status: Status | ''; page: number };

export function filtersFromParams(params: URLSearchParams): UserFilters {
  const role = params.get('role') ?? '';
  const status = params.get('status') ?? '';
  const page = Number(params.get('page'));
  return {
    search: (params.get('q') ?? '').slice(0, 100),
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : '',
    status: (STATUSES as readonly string[]).includes(status) ? (status as Status) : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function paramsFromFilters(filters: UserFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set('q', filters.search.trim());
  if (filters.role) params.set('role', filters.role);
  if (filters.status) params.set('status', filters.status);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The query of GET /api/v1/users: empty filters left out (the service refuses unknown roles and statuses). */
export function usersQuery(filters: UserFilters) {
  return {
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    page: filters.page,
    page_size: USERS_PAGE_SIZE,
  };
}
