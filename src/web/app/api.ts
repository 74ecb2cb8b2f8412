// The only module that talks to the server. Every call goes to /api with the session cookie;
// a 401 on any call (other than a sign-in attempt) means the session has ended.

export type Role = 'admin' | 'finance' | 'send' | 'viewer' | 's151' | 'dcs';

export interface SessionUser {
  id: number;
  email: string;
  displayName: string;
  isSystemAdmin: boolean;
}

/** A council the signed-in user can see, with their role in it. */
export interface CouncilMembership {
  code: string;
  newCode: string;
  name: string;
  region: string;
  role: Role;
}

export interface Session {
  user: SessionUser;
  councils: CouncilMembership[];
}

export interface Council {
  code: string;
  newCode: string;
  name: string;
  region: string;
  s151Officer: string | null;
  directorOfChildrensServices: string | null;
}

export interface Permissions {
  edit: boolean;
  editCouncil: boolean;
  viewAudit: boolean;
  manageUsers: boolean;
  /** Child-level placement records (pseudonymised ids, dates of birth); others see aggregates only. */
  readPlacementRecords?: boolean;
  importPlacements?: boolean;
}

export interface CouncilView {
  council: Council;
  role: Role;
  permissions: Permissions;
}

export interface CouncilDetailsChange {
  s151Officer?: string;
  directorOfChildrensServices?: string;
}

export interface AuditEntry {
  id: string | number;
  at: string;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** An error answer from the API, carrying the server's message and the bad field when it names one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    /** Every problem the server found, for an import that it refused as a whole. */
    readonly problems: readonly string[] = [],
    /** The same problems as data, when the server gives them (row, column, value, message). */
    readonly rowErrors: ReadonlyArray<{ row: number; column: string; value: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let onUnauthorized: () => void = () => {};

/** Registers what to do when the server says the session is missing or expired. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

interface RequestOptions {
  body?: unknown;
  /** A file sent as it is (e.g. an Excel workbook) instead of a JSON body. */
  file?: { data: Blob; contentType: string };
  /** A failed sign-in is a wrong password, not an expired session. */
  isSignIn?: boolean;
}

/** One call to the API; rejects with an ApiError carrying the server's message. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.file !== undefined) headers['content-type'] = options.file.contentType;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers,
      body:
        options.file !== undefined
          ? options.file.data
          : options.body === undefined
            ? undefined
            : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'The highneeds server could not be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    if (response.status === 401 && !options.isSignIn) onUnauthorized();
    throw await errorFrom(response);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let message = `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.');
  let field: string | undefined;
  let problems: string[] = [];
  let rowErrors: Array<{ row: number; column: string; value: string; message: string }> = [];
  try {
    const body = (await response.json()) as {
      error?: unknown;
      field?: unknown;
      problems?: unknown;
      errors?: unknown;
    };
    if (typeof body.error === 'string' && body.error !== '') message = body.error;
    if (typeof body.field === 'string') field = body.field;
    if (Array.isArray(body.problems))
      problems = body.problems.filter((p): p is string => typeof p === 'string');
    if (Array.isArray(body.errors))
      rowErrors = body.errors.filter(
        (e): e is { row: number; column: string; value: string; message: string } =>
          typeof e === 'object' && e !== null && typeof (e as { row?: unknown }).row === 'number',
      );
  } catch {
    // Not JSON (a proxy error page, say): keep the status line.
  }
  return new ApiError(response.status, message, field, problems, rowErrors);
}

export const councilPath = (code: string) => `/councils/${encodeURIComponent(code)}`;

/** The signed-in user and their councils; rejects with status 401 when nobody is signed in. */
export const getSession = () => request<Session>('GET', '/session');

export const signIn = (email: string, password: string) =>
  request<Session>('POST', '/session', { body: { email, password }, isSignIn: true });

export const signOut = () => request<void>('DELETE', '/session');

export const getCouncil = (code: string) => request<CouncilView>('GET', councilPath(code));

export const updateCouncil = (code: string, change: CouncilDetailsChange) =>
  request<Council>('PATCH', councilPath(code), { body: change });

/** Newest audit entries first; pass the id of the last entry seen as `before` for older ones. */
export function getAudit(
  code: string,
  limit: number,
  before?: string | number,
): Promise<{ entries: AuditEntry[] }> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before !== undefined) query.set('before', String(before));
  return request('GET', `${councilPath(code)}/audit?${query.toString()}`);
}
