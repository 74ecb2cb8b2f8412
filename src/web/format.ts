// Words and dates as the council's officers read them.
import type { Role } from './api.ts';

const roleLabels: Record<Role, string> = {
  admin: 'Council administrator',
  finance: 'Finance',
  send: 'SEND service',
  viewer: 'Viewer (read only)',
};

/** The role as shown to people. */
export function roleLabel(role: Role): string {
  return roleLabels[role] ?? role;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "23 Nov 2025, 17:41" in the browser's time zone; the text as given when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A message for a person from anything thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  return 'Something went wrong. Try again.';
}
