import { formatBladeDate, parseBladeDate } from './bladeDate';

// Writes a return as COLLECT's nine Blade CSV files, for the synthetic demo return, the benchmarks and
// the tests (which write returns in code, with their mistakes, and import them through the real reader).
// Values are written as given; an ISO date is written in COLLECT's form, anything else as it is, so a
// test can write a bad date on purpose.

type Cell = string | number | boolean | null | undefined;

/** A return to write, with COLLECT-style table ids linking the modules. */
export interface BladeDraft {
  header: { year: number; referenceDate: string; la: string };
  people: Array<{
    id: string;
    upn?: Cell;
    uln?: Cell;
    surname?: Cell;
    forename?: Cell;
    birthDate?: Cell;
    sex?: Cell;
    ethnicity?: Cell;
    postcode?: Cell;
  }>;
  requests: Array<{
    id: string;
    personId: string;
    receivedDate?: Cell;
    outcome?: Cell;
    outcomeDate?: Cell;
    mediation?: Cell;
    tribunal?: Cell;
  }>;
  assessments: Array<{ id: string; requestId: string; outcome?: Cell; outcomeDate?: Cell; week20?: Cell }>;
  namedPlans: Array<{
    id: string;
    assessmentId: string;
    startDate?: Cell;
    ceaseDate?: Cell;
    ceaseReason?: Cell;
  }>;
  planDetails: Array<{ id: string; planId: string } & DraftEstablishment>;
  activePlans: Array<{ id: string; requestId: string; transferLa?: Cell }>;
  placements: Array<
    { id: string; activePlanId: string; entryDate?: Cell; leavingDate?: Cell } & DraftEstablishment
  >;
  needs: Array<{ id: string; activePlanId: string; need: Cell; rank: Cell }>;
}

/** Where a plan names or a child attends. */
export interface DraftEstablishment {
  urn?: Cell;
  ukprn?: Cell;
  senSetting?: Cell;
  rank?: Cell;
  senUnit?: Cell;
  resourcedProvision?: Cell;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  const written = ISO.test(text) && parseBladeDate(text) ? formatBladeDate(text) : text;
  return /[",\r\n]/.test(written) ? `"${written.replace(/"/g, '""')}"` : written;
}

function csv(header: string[], rows: Cell[][]): string {
  return [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n';
}

const establishmentCells = (e: DraftEstablishment): Cell[] => [
  e.urn,
  e.ukprn,
  e.senSetting,
  e.rank,
  e.senUnit ?? false,
  e.resourcedProvision ?? false,
];
const establishmentHeader = [
  'urn',
  'ukprn',
  'sensetting',
  'placementrank',
  'senunitindicator',
  'resourcedprovisionindicator',
];

/** The nine files, by their COLLECT names for an export made on `exportDate` (YYYY-MM-DD). */
export function writeBladeExport(draft: BladeDraft, exportDate: string): Map<string, string> {
  const [y, m, d] = exportDate.split('-');
  const name = (suffix: string) => `Blade-Export_${d}-${m}-${y}_${suffix}.csv`;
  const common = (module: string, parent: string | null) => [
    `${module}tableid`,
    'NativeId',
    `${module}orderseqcolumn`,
    'sourceid',
    ...(parent ? [`${parent}tableid`] : []),
  ];
  const ids = (id: string, i: number, parentId?: string): Cell[] => [
    id,
    `N${id}`,
    i + 1,
    'synthetic',
    ...(parentId !== undefined ? [parentId] : []),
  ];
  const h = draft.header;
  return new Map([
    [
      name('sen2'),
      csv(
        [
          ...common('sen2', null),
          'collection',
          'year',
          'referencedate',
          'sourcelevel',
          'lea',
          'softwarecode',
        ],
        [[...ids('1', 0), 'SEN2', h.year, h.referenceDate, 'L', h.la, 'highneeds']],
      ),
    ],
    [
      name('person'),
      csv(
        [
          ...common('person', 'sen2'),
          'surname',
          'forename',
          'personbirthdate',
          'sex',
          'ethnicity',
          'postcode',
          'upn',
          'uniquelearnernumber',
        ],
        draft.people.map((p, i) => [
          ...ids(p.id, i, '1'),
          p.surname,
          p.forename,
          p.birthDate,
          p.sex,
          p.ethnicity,
          p.postcode,
          p.upn,
          p.uln,
        ]),
      ),
    ],
    [
      name('requests'),
      csv(
        [
          ...common('requests', 'person'),
          'receiveddate',
          'requestoutcomedate',
          'requestoutcome',
          'requestmediation',
          'requesttribunal',
        ],
        draft.requests.map((r, i) => [
          ...ids(r.id, i, r.personId),
          r.receivedDate,
          r.outcomeDate,
          r.outcome,
          r.mediation ?? false,
          r.tribunal ?? false,
        ]),
      ),
    ],
    [
      name('assessment'),
      csv(
        [...common('assessment', 'requests'), 'assessmentoutcome', 'assessmentoutcomedate', 'week20'],
        draft.assessments.map((a, i) => [...ids(a.id, i, a.requestId), a.outcome, a.outcomeDate, a.week20]),
      ),
    ],
    [
      name('namedplan'),
      csv(
        [...common('namedplan', 'assessment'), 'startdate', 'ceasedate', 'ceasereason'],
        draft.namedPlans.map((p, i) => [
          ...ids(p.id, i, p.assessmentId),
          p.startDate,
          p.ceaseDate,
          p.ceaseReason,
        ]),
      ),
    ],
    [
      name('plandetail'),
      csv(
        [...common('plandetail', 'namedplan'), ...establishmentHeader],
        draft.planDetails.map((p, i) => [...ids(p.id, i, p.planId), ...establishmentCells(p)]),
      ),
    ],
    [
      name('activeplans'),
      csv(
        [...common('activeplans', 'requests'), 'transferla'],
        draft.activePlans.map((a, i) => [...ids(a.id, i, a.requestId), a.transferLa]),
      ),
    ],
    [
      name('placementdetail'),
      csv(
        [...common('placementdetail', 'activeplans'), ...establishmentHeader, 'entrydate', 'leavingdate'],
        draft.placements.map((p, i) => [
          ...ids(p.id, i, p.activePlanId),
          ...establishmentCells(p),
          p.entryDate,
          p.leavingDate,
        ]),
      ),
    ],
    [
      name('senneed'),
      csv(
        [...common('senneed', 'activeplans'), 'sentype', 'sentyperank'],
        draft.needs.map((n, i) => [...ids(n.id, i, n.activePlanId), n.need, n.rank]),
      ),
    ],
  ]);
}
