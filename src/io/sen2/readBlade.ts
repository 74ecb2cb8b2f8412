import type { IsoDate } from '../../core/periods';
import { finding, type Sen2Finding } from '../../core/sen2/finding';
import type {
  Sen2ActivePlan,
  Sen2Assessment,
  Sen2Header,
  Sen2NamedPlan,
  Sen2Need,
  Sen2Placement,
  Sen2PlanDetail,
  Sen2Request,
  Sen2Module,
} from '../../core/sen2/sen2Return';
import { bladeModules, type BladeModule } from './bladeModules';
import { readBladeTable, type BladeRow } from './bladeTable';

// A COLLECT Blade export (nine CSV files) read, checked cell by cell and linked: each record points to its
// parent's line instead of COLLECT's table ids. People still carry their identifiers here (the services
// turn them into keyed hashes and drop them); nothing else of a person's identity is read.

/** A person as the file gives them: identifiers the services hash, then forget. */
export interface BladePerson {
  readonly row: number;
  readonly upn: string | null;
  readonly uln: string | null;
  readonly surname: string | null;
  readonly forename: string | null;
  readonly birthDate: IsoDate | null;
  readonly sex: 'M' | 'F' | null;
  readonly ethnicity: string | null;
}

/** The export, linked; people not yet pseudonymised. */
export interface BladeExport {
  readonly header: Sen2Header;
  readonly people: BladePerson[];
  readonly requests: Sen2Request[];
  readonly assessments: Sen2Assessment[];
  readonly namedPlans: Sen2NamedPlan[];
  readonly planDetails: Sen2PlanDetail[];
  readonly activePlans: Sen2ActivePlan[];
  readonly placements: Sen2Placement[];
  readonly needs: Sen2Need[];
}

/** What reading gives: the linked export (null when the files cannot make one) and every problem. */
export interface BladeReadResult {
  readonly data: BladeExport | null;
  readonly findings: Sen2Finding[];
}

/** The parent module of each module (module 0 has none). */
const parentOf: Partial<Record<Sen2Module, Sen2Module>> = {
  person: 'header',
  requests: 'person',
  assessment: 'requests',
  namedplan: 'assessment',
  plandetail: 'namedplan',
  activeplans: 'requests',
  placementdetail: 'activeplans',
  senneed: 'activeplans',
};

/** The file of a module among the names given, or why there is not exactly one. */
export function findBladeFile(
  names: readonly string[],
  spec: BladeModule,
): { name: string } | { problem: string } {
  const suffix = `_${spec.suffix}.csv`;
  const matches = names.filter((name) => {
    const base = (name.split(/[\\/]/).pop() ?? name).toLowerCase();
    return base.endsWith(suffix) || base === `${spec.suffix}.csv`;
  });
  if (matches.length === 1) return { name: matches[0]! };
  if (matches.length === 0)
    return {
      problem: `there is no ${spec.suffix} file (Blade-Export_DD-MM-YYYY${suffix}): a Blade export has nine files`,
    };
  return {
    problem: `there are ${String(matches.length)} ${spec.suffix} files (${matches.join(', ')}): give one export`,
  };
}

/** Reads the nine files (name -> text); every problem in every file is listed. */
export function readBladeExport(files: ReadonlyMap<string, string>): BladeReadResult {
  const findings: Sen2Finding[] = [];
  const linked = new Map<Sen2Module, Array<BladeRow & { parentRow: number }>>();
  const rowOfId = new Map<Sen2Module, Map<string, number>>();
  // Ids whose records were left out (unreadable, duplicate, orphan): their children are left out silently.
  const gone = new Map<Sen2Module, Set<string>>();
  const unusable = new Set<Sen2Module>();

  for (const spec of bladeModules) {
    const file = findBladeFile([...files.keys()], spec);
    if ('problem' in file) {
      findings.push(finding('missing-file', { module: spec.module, row: 0 }, file.problem));
      unusable.add(spec.module);
      continue;
    }
    const table = readBladeTable(spec, file.name, files.get(file.name)!);
    findings.push(...table.findings);
    if (!table.usable) unusable.add(spec.module);
    const ids = new Map<string, number>();
    const left = new Set(table.leftOut);
    const kept: Array<BladeRow & { parentRow: number }> = [];
    const parent = parentOf[spec.module];
    for (const row of table.rows) {
      const id = row.values[spec.idColumn] as string;
      if (ids.has(id)) {
        findings.push(
          finding(
            'duplicate-id',
            { module: spec.module, row: row.row, column: spec.idColumn, value: id },
            `line ${String(ids.get(id))} has the same ${spec.idColumn}: each record needs its own`,
          ),
        );
        continue;
      }
      let parentRow = 0;
      if (parent && spec.parentColumn) {
        const parentId = row.values[spec.parentColumn] as string;
        const found = rowOfId.get(parent)?.get(parentId);
        if (found === undefined) {
          left.add(id);
          if (!unusable.has(parent) && !gone.get(parent)?.has(parentId))
            findings.push(
              finding(
                'orphan-record',
                { module: spec.module, row: row.row, column: spec.parentColumn, value: parentId },
                `no ${parent} record has this ${spec.parentColumn}: the record's parent is missing from the export`,
              ),
            );
          continue;
        }
        parentRow = found;
      }
      ids.set(id, row.row);
      kept.push({ ...row, parentRow });
    }
    rowOfId.set(spec.module, ids);
    gone.set(spec.module, left);
    linked.set(spec.module, kept);
  }
  const headerRows = linked.get('header') ?? [];
  if (!unusable.has('header') && headerRows.length !== 1)
    findings.push(
      finding(
        'bad-header',
        { module: 'header', row: headerRows[1]?.row ?? 0 },
        `the sen2 file has ${String(headerRows.length)} rows: a return has exactly one header row`,
      ),
    );
  if (headerRows.length !== 1) return { data: null, findings };
  const h = headerRows[0]!.values;
  const rows = (module: Sen2Module) => linked.get(module) ?? [];
  return {
    findings,
    data: {
      header: {
        collectionYear: h.year as number,
        referenceDate: h.referencedate as string,
        la: h.lea as string,
      },
      people: rows('person').map(({ row, values: v }) => ({
        row,
        upn: v.upn as string | null,
        uln: v.uniquelearnernumber as string | null,
        surname: v.surname as string | null,
        forename: v.forename as string | null,
        birthDate: v.personbirthdate as string | null,
        sex: (v.sex ?? v.gendercurrent) as 'M' | 'F' | null,
        ethnicity: v.ethnicity as string | null,
      })),
      requests: rows('requests').map(({ row, parentRow, values: v }) => ({
        row,
        personRow: parentRow,
        receivedDate: v.receiveddate as string | null,
        source: v.requestsource as string | null,
        inYouthAccommodation: v.rya as boolean | null,
        outcome: v.requestoutcome as string | null,
        outcomeDate: v.requestoutcomedate as string | null,
        mediation: v.requestmediation as boolean | null,
        tribunal: v.requesttribunal as boolean | null,
        exported: v.exported as boolean | null,
      })),
      assessments: rows('assessment').map(({ row, parentRow, values: v }) => ({
        row,
        requestRow: parentRow,
        outcome: v.assessmentoutcome as string | null,
        outcomeDate: v.assessmentoutcomedate as string | null,
        mediation: v.assessmentmediation as boolean | null,
        tribunal: v.assessmenttribunal as boolean | null,
        week20Exception: v.week20 as boolean | null,
      })),
      namedPlans: rows('namedplan').map(({ row, parentRow, values: v }) => ({
        row,
        assessmentRow: parentRow,
        startDate: v.startdate as string | null,
        ceaseDate: v.ceasedate as string | null,
        ceaseReason: v.ceasereason as number | null,
        residential: v.planres as string | null,
        workBased: v.planwbp as string | null,
        personalBudget: v.pb as boolean | null,
      })),
      planDetails: rows('plandetail').map(({ row, parentRow, values }) => ({
        row,
        planRow: parentRow,
        ...establishmentOf(values),
      })),
      activePlans: rows('activeplans').map(({ row, parentRow, values: v }) => ({
        row,
        requestRow: parentRow,
        transferLa: v.transferla as string | null,
        lastReview: v.lastreview as string | null,
      })),
      placements: rows('placementdetail').map(({ row, parentRow, values: v }) => ({
        row,
        activePlanRow: parentRow,
        ...establishmentOf(v),
        entryDate: v.entrydate as string | null,
        leavingDate: v.leavingdate as string | null,
      })),
      needs: rows('senneed').map(({ row, parentRow, values: v }) => ({
        row,
        activePlanRow: parentRow,
        need: v.sentype as string,
        rank: v.sentyperank as number,
      })),
    },
  };
}

function establishmentOf(v: Record<string, unknown>) {
  return {
    urn: v.urn as string | null,
    ukprn: v.ukprn as string | null,
    senSetting: v.sensetting as string | null,
    rank: v.placementrank as number | null,
    senUnit: v.senunitindicator as boolean | null,
    resourcedProvision: v.resourcedprovisionindicator as boolean | null,
  };
}
