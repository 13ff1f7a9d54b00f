/** An RFC 9457 problem answered by a service (or made up here when the network failed), thrown by the API client. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  /** Field → messages, from validation problems (400). */
  readonly errors: Record<string, string[]>;
  /** Anything else the service put in the problem (for example `reasons` when publishing is refused). */
  readonly extensions: Record<string, unknown>;

  constructor(status: number, body: unknown) {
    const problem = isRecord(body) ? body : {};
    const title = typeof problem.title === 'string' ? problem.title : `HTTP ${status}`;
    super(title);
    this.name = 'ApiProblem';
    this.status = status;
    this.title = title;
    this.detail = typeof problem.detail === 'string' ? problem.detail : undefined;
    this.errors = readErrors(problem.errors);
    const { type: _type, title: _title, status: _status, detail: _detail, errors: _errors, ...rest } = problem;
    this.extensions = rest;
  }

  /** Status 0: the request never got an answer (offline, gateway unreachable). */
  static network(): ApiProblem {
    return new ApiProblem(0, { title: 'Network error' });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readErrors(value: unknown): Record<string, string[]> {
  if (!isRecord(value)) return {};
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) errors[field] = messages.filter((m): m is string => typeof m === 'string');
  }
  return errors;
}

export function isProblem(error: unknown, status?: number): error is ApiProblem {
  return error instanceof ApiProblem && (status === undefined || error.status === status);
}
