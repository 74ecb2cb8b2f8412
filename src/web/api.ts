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
  /** The council row's version: sent back with a change of its details. */
  revision?: number;
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
    /** A stale write (409): what is stored now, its revision, and who changed it when. */
    readonly conflict?: Conflict,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The answer to a write made from a stale read: the current value, its revision, who changed it and when. */
export interface Conflict {
  revision: number;
  changedBy: string | null;
  changedAt: string | null;
  current: unknown;
}

// The row versions this page has read, by the path of the thing read: a change sends the one it read
// (If-Match), so the server refuses it when someone else changed the thing in between (409).
const revisionsRead = new Map<string, number>();

/** Remembers the revision of what was read at `key` (usually its API path). */
export function rememberRevision(key: string, revision: number | undefined): void {
  if (revision !== undefined) revisionsRead.set(key, revision);
}

/** The revision read at `key`, if this page read it. */
export function revisionRead(key: string): number | undefined {
  return revisionsRead.get(key);
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
  /** The revision of the thing changed, as this page read it (sent as If-Match). */
  ifMatch?: number;
}

/** One call to the API; rejects with an ApiError carrying the server's message. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.file !== undefined) headers['content-type'] = options.file.contentType;
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
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
  let conflict: Conflict | undefined;
  try {
    const body = (await response.json()) as {
      error?: unknown;
      field?: unknown;
      problems?: unknown;
      errors?: unknown;
      conflict?: unknown;
    };
    if (typeof body.conflict === 'object' && body.conflict !== null) conflict = body.conflict as Conflict;
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
  return new ApiError(response.status, message, field, problems, rowErrors, conflict);
}

export const councilPath = (code: string) => `/councils/${encodeURIComponent(code)}`;

/** The signed-in user and their councils; rejects with status 401 when nobody is signed in. */
export const getSession = () => request<Session>('GET', '/session');

export const signIn = (email: string, password: string) =>
  request<Session>('POST', '/session', { body: { email, password }, isSignIn: true });

export const signOut = () => request<void>('DELETE', '/session');

export async function getCouncil(code: string): Promise<CouncilView> {
  const view = await request<CouncilView>('GET', councilPath(code));
  rememberRevision(councilPath(code), view.revision);
  return view;
}

export async function updateCouncil(code: string, change: CouncilDetailsChange): Promise<Council> {
  const ifMatch = revisionRead(councilPath(code));
  const updated = await request<Council & { revision?: number }>('PATCH', councilPath(code), {
    body: change,
    ...(ifMatch !== undefined ? { ifMatch } : {}),
  });
  rememberRevision(councilPath(code), updated.revision);
  return updated;
}

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
