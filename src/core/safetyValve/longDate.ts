/** The months' names, January first, as council documents write them. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** 2021-06-18 as "18 June 2021", as council documents write dates. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${monthNames[(m ?? 1) - 1]} ${y}`;
}
