// The one door to the server. Every call goes to /api with the session cookie; a 401 on any call (other
// than a sign-in attempt) means the session has ended. Answers are typed with the services' own view types
// (imported as types only: the lint rule web-boundary keeps run-time code out), as JSON makes them.
import type { JSONParsed } from 'hono/utils/types';
import type { RegisterRowError } from '../../io/placements/validateRows';
import type { CouncilView } from '../../services/councils';
import type { StaleWrite } from '../../services/rowVersion';
import type { SessionView } from '../../services/session';
import { plainWords } from './plainWords.ts';

/** A service view type as it arrives over JSON (dates as strings, no undefined values). */
export type Wire<T> = JSONParsed<T>;

/** A problem in one row of a refused file, as data (row, column, value, message). */
export type RowProblem = RegisterRowError;

/** An error answer from the API, carrying the server's message and the bad field when it names one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    /** Every problem the server found, for an import that it refused as a whole. */
    readonly problems: readonly string[] = [],
    /** The same problems as data, when the server gives them (row, column, value, message). */
    readonly rowErrors: readonly RowProblem[] = [],
    /** A stale write (409): what is stored now, its revision, and who changed it when. */
    readonly conflict?: Conflict,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Whether a change was refused as made from a stale read (409 carrying what is stored now). */
export const isStaleWrite = (error: unknown): error is ApiError & { conflict: Conflict } =>
  error instanceof ApiError && error.conflict !== undefined;

/** The answer to a write made from a stale read: the current value, its revision, who changed it and when. */
export type Conflict = Wire<StaleWrite>;

// The row versions this page has read, by the API path of the thing read: a change sends the one it read
// (If-Match), so the server refuses it when someone else changed the thing in between (409). The queries
// remember them as they load; the changes send them and remember the revision the answer carries.
const revisionsRead = new Map<string, number>();

/** Remembers the revision of what was read at `key` (usually its API path). */
export function rememberRevision(key: string, revision: number | undefined): void {
  if (revision !== undefined) revisionsRead.set(key, revision);
}

/** The revision read at `key`, if this page read it. */
export function revisionRead(key: string): number | undefined {
  return revisionsRead.get(key);
}

/** Request options sending the revision read at `key` as If-Match (none when this page did not read it). */
export function matchingRead(key: string): { ifMatch?: number } {
  const ifMatch = revisionRead(key);
  return ifMatch !== undefined ? { ifMatch } : {};
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
  let rowErrors: RowProblem[] = [];
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
    if (typeof body.error === 'string' && body.error !== '') message = plainWords(body.error);
    if (typeof body.field === 'string') field = body.field;
    if (Array.isArray(body.problems))
      problems = body.problems.filter((p): p is string => typeof p === 'string').map(plainWords);
    if (Array.isArray(body.errors))
      rowErrors = body.errors.filter(
        (e): e is RowProblem =>
          typeof e === 'object' && e !== null && typeof (e as { row?: unknown }).row === 'number',
      );
  } catch {
    // Not JSON (a proxy error page, say): keep the status line.
  }
  return new ApiError(response.status, message, field, problems, rowErrors, conflict);
}

/** The API path of a council: /councils/314. */
export const councilPath = (code: string) => `/councils/${encodeURIComponent(code)}`;

/** A query string from the values given, leaving out the empty ones: "?asAt=2021-05-31" or "". */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const entries = Object.entries(params).filter(
    (e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== null && e[1] !== '',
  );
  return entries.length === 0
    ? ''
    : `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}

export type Session = Wire<SessionView>;
export type CouncilMembership = Session['councils'][number];
export type Council = Wire<CouncilView>;

/** The signed-in user and their councils; rejects with status 401 when nobody is signed in. */
export const getSession = () => request<Session>('GET', '/session');

export const signIn = (email: string, password: string) =>
  request<Session>('POST', '/session', { body: { email, password }, isSignIn: true });

export const signOut = () => request<void>('DELETE', '/session');
