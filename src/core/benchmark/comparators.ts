import { laByCode } from './laLookup';
import { ENGLAND, localAuthorities, regions, type LocalAuthority } from './localAuthorities';

// The groups a council is compared with. Members include LAs since abolished: a group is measured over
// the members that have figures for the period, and a period's figures are under one set of LAs only
// (January 2019 under Bournemouth, Poole and Dorset; January 2020 under BCP and the new Dorset).

export type ComparatorKind = 'statisticalNeighbours' | 'subRegion' | 'region' | 'england';

/** One comparator group: its published area code when the DfE publishes one, and its member LAs. */
export interface ComparatorGroup {
  kind: ComparatorKind;
  name: string;
  /** The region or England code whose published figures are preferred; absent for groups the DfE does not publish. */
  area?: string;
  members: string[];
}

/** The comparator groups for an LA, given its statistical neighbours (LA codes, nearest first). */
export function comparatorGroups(la: LocalAuthority, neighbours: readonly string[]): ComparatorGroup[] {
  const groups: ComparatorGroup[] = [];
  const known = neighbours.filter((code) => laByCode(code) !== undefined);
  if (known.length > 0)
    groups.push({ kind: 'statisticalNeighbours', name: 'Statistical neighbours', members: known });
  if (la.london) {
    const members = localAuthorities.filter((l) => l.london === la.london).map((l) => l.code);
    groups.push({ kind: 'subRegion', name: la.london, members });
  }
  const region = regions.find((r) => r.code === la.regionCode);
  if (region) {
    const members = localAuthorities.filter((l) => l.regionCode === region.code).map((l) => l.code);
    groups.push({ kind: 'region', name: region.name, area: region.code, members });
  }
  groups.push({
    kind: 'england',
    name: 'England',
    area: ENGLAND,
    members: localAuthorities.map((l) => l.code),
  });
  return groups;
}

/** Words explaining a reorganised LA's missing figures, or undefined for an LA never reorganised. */
export function boundaryChangeNote(la: LocalAuthority): string | undefined {
  const names = (codes: readonly string[] | undefined) =>
    (codes ?? []).map((c) => laByCode(c)?.name ?? c).join(' and ');
  if (la.from && la.predecessors) {
    return `${la.name} was formed on ${la.from} from ${names(la.predecessors)}: earlier figures are theirs, not comparable.`;
  }
  if (la.until && la.successors) {
    return `${la.name} was replaced by ${names(la.successors)} after ${la.until}.`;
  }
  return undefined;
}
