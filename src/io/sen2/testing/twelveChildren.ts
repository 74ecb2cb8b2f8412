import type { BladeDraft } from '../writeBlade';

// The hand-worked return the SEN2 tests assert against: twelve made-up children (and one of them recorded
// a second time under another UPN), a 2025 return for LA 314 with reference date 2025-01-16, built so
// that every code path of the census, the funnel, the transitions and the checks is taken once. The
// working (who is counted where, and why) is written out in src/core/sen2/twelveChildren.test.ts.
//
// Settings: URNs 100001 (mainstream academy) and 100002 (LA maintained special) are in the council's
// placement register; 100003 (special academy), 100005 (independent special) and UKPRN 10000004 (FE
// college) are in its URN lookup; 199999 is in neither.

/** The placement register's URNs (as `twelveChildrenRegister` rows would give them). */
export const twelveChildrenRegisterUrns: ReadonlyMap<string, string> = new Map([
  ['100001', 'mainstream_academy'],
  ['100002', 'special_la_maintained'],
]);

/** The council's URN lookup file for the return. */
export const twelveChildrenLookupCsv = [
  'urn,ukprn,setting_type,name',
  '100003,,special_academy_free,Made-up Special Academy',
  ',10000004,general_fe_tertiary_colleges,Made-up College',
  '100005,,special_independent,Made-up Independent Special School',
].join('\n');

/** The same lookup as a map, for the core tests. */
export const twelveChildrenLookup: ReadonlyMap<string, string> = new Map([
  ['100003', 'special_academy_free'],
  ['10000004', 'general_fe_tertiary_colleges'],
  ['100005', 'special_independent'],
]);

const person = (id: string, upn: string | null, birthDate: string, sex: string, name = `Child${id}`) => ({
  id,
  upn,
  surname: 'Madeup',
  forename: name,
  birthDate,
  sex,
  ethnicity: 'WBRI',
  postcode: 'ZZ99 9ZZ',
});

/** The return as Blade files would hold it. */
export function twelveChildrenDraft(): BladeDraft {
  return {
    header: { year: 2025, referenceDate: '2025-01-16', la: '314' },
    people: [
      person('P01', 'A100000000001', '2015-03-10', 'M'),
      { ...person('P02', null, '2007-05-01', 'F'), uln: '1234567890' },
      { ...person('P03', null, '2012-11-30', 'F'), surname: 'Bloggs', forename: 'Jo' },
      person('P04', 'A100000000004', '2010-01-15', 'M'),
      person('P05', 'A100000000005', '2019-06-01', 'F'),
      person('P06', 'A100000000006', '2016-02-02', 'M'),
      person('P07', 'A100000000007', '2013-09-09', 'F'),
      person('P08', 'A100000000008', '2017-04-04', 'M'),
      person('P09', 'A100000000009', '2014-08-08', 'F'),
      person('P10', 'A100000000010', '2011-12-12', 'M'),
      person('P11', 'A100000000011', '1998-06-01', 'F'),
      person('P12', 'A100000000012', '2006-02-20', 'M'),
      // Child 3 again, under a UPN: the same name and date of birth.
      { ...person('P13', 'A100000000013', '2012-11-30', 'F'), surname: 'BLOGGS', forename: ' jo' },
    ],
    requests: [
      { id: 'R01', personId: 'P01', receivedDate: '2019-10-01', outcome: 'A', outcomeDate: '2019-11-15' },
      { id: 'R02', personId: 'P02', receivedDate: '2021-01-10', outcome: 'A', outcomeDate: '2021-02-20' },
      { id: 'R03a', personId: 'P03', receivedDate: '2018-05-01', outcome: 'A', outcomeDate: '2018-06-10' },
      { id: 'R03b', personId: 'P03', receivedDate: '2023-03-01', outcome: 'A', outcomeDate: '2023-04-10' },
      { id: 'R04', personId: 'P04', receivedDate: '2016-03-01', outcome: 'H' },
      { id: 'R05', personId: 'P05', receivedDate: '2024-02-01', outcome: 'A', outcomeDate: '2024-03-10' },
      { id: 'R06', personId: 'P06', receivedDate: '2024-03-01', outcome: 'A', outcomeDate: '2024-04-05' },
      { id: 'R07', personId: 'P07', receivedDate: '2024-04-01', outcome: 'A', outcomeDate: '2024-05-01' },
      { id: 'R08', personId: 'P08', receivedDate: '2024-05-01', outcome: 'N', outcomeDate: '2024-06-05' },
      { id: 'R09a', personId: 'P09', receivedDate: '2018-09-01', outcome: 'H' },
      { id: 'R09b', personId: 'P09', receivedDate: '2024-07-01' },
      { id: 'R10', personId: 'P10', receivedDate: '2021-06-01', outcome: 'H' },
      { id: 'R11', personId: 'P11', receivedDate: '2015-03-01', outcome: 'H' },
      { id: 'R12', personId: 'P12', receivedDate: '2022-07-01', outcome: 'A', outcomeDate: '2022-08-12' },
      { id: 'R13', personId: 'P13', receivedDate: '2024-09-01', outcome: 'W', outcomeDate: '2024-09-20' },
    ],
    assessments: [
      { id: 'A01', requestId: 'R01', outcome: 'Y', outcomeDate: '2020-02-01', week20: false },
      { id: 'A02', requestId: 'R02', outcome: 'Y', outcomeDate: '2021-04-20', week20: false },
      { id: 'A03a', requestId: 'R03a', outcome: 'Y', outcomeDate: '2018-09-01', week20: false },
      { id: 'A03b', requestId: 'R03b', outcome: 'Y', outcomeDate: '2023-06-20', week20: false },
      { id: 'A04', requestId: 'R04', outcome: 'H' },
      { id: 'A05', requestId: 'R05', outcome: 'Y', outcomeDate: '2024-05-20', week20: false },
      { id: 'A06', requestId: 'R06', outcome: 'Y', outcomeDate: '2024-08-20', week20: true },
      { id: 'A07', requestId: 'R07', outcome: 'Y', outcomeDate: '2024-09-25', week20: false },
      { id: 'A09a', requestId: 'R09a', outcome: 'H' },
      { id: 'A10', requestId: 'R10', outcome: 'H' },
      { id: 'A11', requestId: 'R11', outcome: 'H' },
      { id: 'A12', requestId: 'R12', outcome: 'Y', outcomeDate: '2022-12-01', week20: true },
    ],
    namedPlans: [
      { id: 'NP01', assessmentId: 'A01', startDate: '2020-02-20' },
      { id: 'NP02', assessmentId: 'A02', startDate: '2021-05-01' },
      { id: 'NP03a', assessmentId: 'A03a', startDate: '2018-10-01' },
      { id: 'NP03b', assessmentId: 'A03b', startDate: '2023-07-01' },
      { id: 'NP04', assessmentId: 'A04', startDate: '2016-09-01', ceaseDate: '2024-07-19', ceaseReason: 2 },
      { id: 'NP05', assessmentId: 'A05', startDate: '2024-06-10' },
      { id: 'NP06', assessmentId: 'A06', startDate: '2024-09-02' },
      { id: 'NP07', assessmentId: 'A07', startDate: '2024-10-01' },
      { id: 'NP09a', assessmentId: 'A09a', startDate: '2019-01-10', ceaseDate: '2024-03-31' },
      { id: 'NP10', assessmentId: 'A10', startDate: '2022-01-10' },
      { id: 'NP11', assessmentId: 'A11', startDate: '2015-09-01' },
      { id: 'NP12', assessmentId: 'A12', startDate: '2023-01-05' },
    ],
    planDetails: [
      { id: 'PD01', planId: 'NP01', urn: '100001', rank: 1 },
      { id: 'PD02', planId: 'NP02', ukprn: '10000004', rank: 1 },
      { id: 'PD03', planId: 'NP03b', senSetting: 'EHE', rank: 1 },
      { id: 'PD12', planId: 'NP12', urn: '100002', rank: 1 },
    ],
    activePlans: [
      { id: 'AP01', requestId: 'R01' },
      { id: 'AP02', requestId: 'R02' },
      { id: 'AP03', requestId: 'R03b' },
      { id: 'AP04', requestId: 'R04' },
      { id: 'AP05', requestId: 'R05' },
      { id: 'AP06', requestId: 'R06' },
      { id: 'AP07', requestId: 'R07' },
      { id: 'AP09', requestId: 'R09a' },
      { id: 'AP10', requestId: 'R10', transferLa: '315' },
      { id: 'AP11', requestId: 'R11' },
      { id: 'AP12', requestId: 'R12' },
    ],
    placements: [
      { id: 'PL01', activePlanId: 'AP01', urn: '100001', rank: 1, entryDate: '2019-09-01' },
      { id: 'PL02', activePlanId: 'AP01', urn: '100001', rank: 1, entryDate: '2024-09-01' },
      { id: 'PL03', activePlanId: 'AP02', ukprn: '10000004', rank: 1, entryDate: '2023-09-04' },
      {
        id: 'PL04',
        activePlanId: 'AP02',
        urn: '100002',
        rank: 1,
        entryDate: '2021-09-01',
        leavingDate: '2023-07-20',
      },
      { id: 'PL05', activePlanId: 'AP03', senSetting: 'EHE', rank: 1, entryDate: '2023-07-01' },
      {
        id: 'PL06',
        activePlanId: 'AP04',
        urn: '100003',
        rank: 1,
        entryDate: '2016-09-01',
        leavingDate: '2024-07-19',
      },
      { id: 'PL07', activePlanId: 'AP05', urn: '100001', senUnit: true, rank: 1, entryDate: '2024-06-10' },
      { id: 'PL08', activePlanId: 'AP06', urn: '100005', rank: 1, entryDate: '2024-09-02' },
      { id: 'PL09', activePlanId: 'AP07', urn: '100002', rank: 1, entryDate: '2024-10-01' },
      {
        id: 'PL09a',
        activePlanId: 'AP09',
        urn: '100001',
        rank: 1,
        entryDate: '2019-01-10',
        leavingDate: '2024-03-31',
      },
      {
        id: 'PL10',
        activePlanId: 'AP10',
        urn: '100005',
        rank: 1,
        entryDate: '2022-01-10',
        leavingDate: '2024-08-31',
      },
      { id: 'PL11', activePlanId: 'AP10', urn: '100003', rank: 1, entryDate: '2024-09-01' },
      { id: 'PL12', activePlanId: 'AP11', urn: '199999', rank: 1, entryDate: '2016-09-01' },
    ],
    needs: [
      { id: 'N01', activePlanId: 'AP01', need: 'ASD', rank: 1 },
      { id: 'N01b', activePlanId: 'AP01', need: 'SLCN', rank: 2 },
      { id: 'N02', activePlanId: 'AP02', need: 'SEMH', rank: 1 },
      { id: 'N03', activePlanId: 'AP03', need: 'MLD', rank: 1 },
      { id: 'N04', activePlanId: 'AP04', need: 'SLD', rank: 1 },
      { id: 'N05', activePlanId: 'AP05', need: 'SLCN', rank: 1 },
      { id: 'N06', activePlanId: 'AP06', need: 'ASD', rank: 1 },
      { id: 'N07', activePlanId: 'AP07', need: 'DS', rank: 1 },
      { id: 'N09', activePlanId: 'AP09', need: 'HI', rank: 1 },
      { id: 'N10', activePlanId: 'AP10', need: 'SEMH', rank: 1 },
      { id: 'N10b', activePlanId: 'AP10', need: 'SLCN', rank: 2 },
      { id: 'N12', activePlanId: 'AP12', need: 'PMLD', rank: 1 },
    ],
  };
}
