import { describe, expect, it } from 'vitest';
import { idOfLine, twelveChildren, twelveChildrenLookups } from '../../services/sen2/testing';
import { NONSEND } from '../forecast/witanInputs';
import { censusRecords, summariseCensus } from './census';
import { describeFinding } from './finding';
import { funnel } from './funnel';
import { qualityChecks } from './qualityChecks';
import { transitionsBetween } from './transitions';

// The hand-worked return (src/io/sen2/testing/twelveChildren.ts). Children are named C01..C12 after
// their person records P01..P12 (person file lines 2..13); P13 (line 14) is C03 again under a UPN.
//
// Settings: 100001 mainstream academy and 100002 LA special are in the register; 100003 special academy,
// 100005 independent special and UKPRN 10000004 FE college in the URN lookup; 199999 in neither.
//
// NCY = age on the 31 August before the census's academic year, less 4.

const index = twelveChildren();
const lookups = twelveChildrenLookups;

describe('the census of the hand-worked return', () => {
  it('on the reference date 2025-01-16: nine children', () => {
    // Open plans on 2025-01-16 (start <= date <= cease):
    //   C01 NP01 2020-02-20-   placements PL01 (2019-09-01-) and PL02 (2024-09-01-), both rank 1:
    //                          the later entry, PL02, URN 100001 (register) -> mainstream_academy.
    //                          Born 2015-03-10: 9 on 2024-08-31 -> NCY 5. Need ASD (rank 1; SLCN is rank 2).
    //   C02 NP02 2021-05-01-   PL03 UKPRN 10000004 (lookup) -> FE college. Born 2007-05-01: 17 -> NCY 13. SEMH.
    //   C03 NP03a 2018-10-01- and NP03b 2023-07-01-: counted once, on the later plan; PL05 SEN setting EHE
    //                          -> elective_home_education. Born 2012-11-30: 11 -> NCY 7. MLD.
    //   C04 NP04 ceased 2024-07-19: not counted.
    //   C05 NP05 2024-06-10-   PL07 URN 100001 with the SEN unit flag -> mainstream_academy_senunit
    //                          (resourced provision). Born 2019-06-01: 5 -> NCY 1. SLCN.
    //   C06 NP06 2024-09-02-   PL08 URN 100005 (lookup) -> special_independent. Born 2016-02-02: 8 -> NCY 4. ASD.
    //   C07 NP07 2024-10-01-   PL09 URN 100002 (register) -> special_la_maintained. Born 2013-09-09: 10 -> NCY 6. DS.
    //   C08 no plan (decided not to assess). C09 NP09a ceased 2024-03-31: not counted.
    //   C10 NP10 2022-01-10-   PL10 left 2024-08-31; PL11 URN 100003 (lookup) -> special_academy_free.
    //                          Born 2011-12-12: 12 -> NCY 8. SEMH.
    //   C11 NP11 2015-09-01-   PL12 URN 199999: unresolved -> placement_unknown. Born 1998-06-01: 26 -> NCY 22.
    //                          No need records -> 'unknown'.
    //   C12 NP12 2023-01-05-   no placement: the plan's named setting PD12 URN 100002 -> special_la_maintained.
    //                          Born 2006-02-20: 18 -> NCY 14. PMLD.
    //   P13 (C03 again) has no plan.
    const summary = summariseCensus('2025-01-16', censusRecords(index, '2025-01-16', lookups));
    expect(summary).toEqual({
      date: '2025-01-16',
      total: 9,
      byNcy: { '1': 1, '4': 1, '5': 1, '6': 1, '7': 1, '8': 1, '13': 1, '14': 1, '22': 1 },
      byNeed: { SLCN: 1, ASD: 2, MLD: 1, DS: 1, SEMH: 2, PMLD: 1, unknown: 1 },
      bySetting: {
        mainstream_academy_senunit: 1,
        special_independent: 1,
        mainstream_academy: 1,
        special_la_maintained: 2,
        elective_home_education: 1,
        special_academy_free: 1,
        general_fe_tertiary_colleges: 1,
        placement_unknown: 1,
      },
      byCategory: {
        mainstream: 1, // C01
        resourcedProvision: 1, // C05
        specialMaintained: 3, // C07, C10, C12
        independent: 1, // C06
        hospitalAp: 0,
        post16: 1, // C02
        other: 2, // C03 (EHE), C11 (not known)
      },
      placedFrom: { placement: 8, plan: 1, none: 0 },
      unresolved: 1,
    });
  });

  it('on the January before, 2024-01-18, which the 2025 return also holds: eight children', () => {
    // C01 PL01 mainstream_academy, NCY 4 (8 on 2023-08-31), ASD.   C02 PL03 (entered 2023-09-04) FE, NCY 12.
    // C03 NP03b open, PL05 EHE, NCY 6.   C04 NP04 open until 2024-07-19, PL06 URN 100003 special academy,
    // NCY 9 (13 on 2023-08-31), SLD.   C05, C06, C07: plans not yet started.   C09 NP09a open until
    // 2024-03-31, PL09a URN 100001 mainstream academy, NCY 5, HI.   C10 PL10 independent special, NCY 7.
    // C11 NCY 21, not known.   C12 plan detail special_la_maintained, NCY 13.
    const summary = summariseCensus('2024-01-18', censusRecords(index, '2024-01-18', lookups));
    expect(summary.total).toBe(8);
    expect(summary.byNcy).toEqual({ '4': 1, '5': 1, '6': 1, '7': 1, '9': 1, '12': 1, '13': 1, '21': 1 });
    expect(summary.byNeed).toEqual({ ASD: 1, HI: 1, MLD: 1, SEMH: 2, SLD: 1, PMLD: 1, unknown: 1 });
    expect(summary.byCategory).toEqual({
      mainstream: 2, // C01, C09
      resourcedProvision: 0,
      specialMaintained: 2, // C04, C12
      independent: 1, // C10
      hospitalAp: 0,
      post16: 1, // C02
      other: 2, // C03, C11
    });
  });
});

describe('transitions from January 2024 to January 2025, children matched by pseudonymous id', () => {
  it('six in both (one mover), two leavers with their reasons, three joiners', () => {
    const year = transitionsBetween(index, 2024, lookups, 'category', false);
    // In both: C01, C02, C03, C10 (independent -> specialMaintained: the mover), C11, C12. But C11 is NCY
    // 21 -> 22, outside the modelled NCYs -4..20: left out. Stayers C01, C02, C03, C12; mover C10.
    // Leavers: C04 (ceased 2024-07-19, reason 2), C09 (ceased 2024-03-31, no reason).
    // Joiners: C05, C06, C07.
    expect({
      stayers: year.stayers,
      movers: year.movers,
      leavers: year.leavers,
      joiners: year.joiners,
      leftOut: year.leftOut,
      leaversByReason: year.leaversByReason,
    }).toEqual({
      stayers: 4,
      movers: 1,
      leavers: 2,
      joiners: 3,
      leftOut: 1,
      leaversByReason: { '2': 1, none: 1 },
    });
    const rows = year.transitions.map((t) => [t.setting1, t.need1, t.ncy1, t.setting2, t.need2, t.ncy2]);
    expect(rows).toEqual([
      ['mainstream', 'ASD', 4, 'mainstream', 'ASD', 5], // C01
      ['post16', 'SEMH', 12, 'post16', 'SEMH', 13], // C02
      ['other', 'MLD', 6, 'other', 'MLD', 7], // C03
      ['specialMaintained', 'SLD', 9, NONSEND, NONSEND, 10], // C04 leaves
      ['mainstream', 'HI', 5, NONSEND, NONSEND, 6], // C09 leaves
      ['independent', 'SEMH', 7, 'specialMaintained', 'SEMH', 8], // C10 moves
      ['specialMaintained', 'PMLD', 13, 'specialMaintained', 'PMLD', 14], // C12
      [NONSEND, NONSEND, 0, 'resourcedProvision', 'SLCN', 1], // C05 joins
      [NONSEND, NONSEND, 3, 'independent', 'ASD', 4], // C06 joins
      [NONSEND, NONSEND, 5, 'specialMaintained', 'DS', 6], // C07 joins
    ]);
    expect(year.transitions.every((t) => t.calendarYear === 2024)).toBe(true);
  });
});

describe('the funnel of calendar year 2024', () => {
  const [year] = funnel(index, lookups, { from: '2024-01-01', to: '2024-12-31' }, 'year');

  it('requests, decisions and plans issued', () => {
    // Received in 2024: R05 (Feb), R06 (Mar), R07 (Apr), R08 (May), R09b (Jul), R13 (Sep) = 6.
    // Request decisions dated in 2024: assess R05, R06, R07; not assess R08; withdrawn R13.
    // Assessment decisions dated in 2024: issue A05 (May), A06 (Aug), A07 (Sep).
    // Plans issued (start in 2024 after an assessment decided Y): NP05, NP06, NP07.
    expect(year).toMatchObject({
      period: '2024',
      requests: 6,
      requestDecisions: { assess: 3, notAssess: 1, withdrawn: 1 },
      assessmentDecisions: { issue: 3, notIssue: 0, withdrawn: 0 },
      plansIssued: 3,
      // 3 to assess of 4 decided (75%); 3 to issue of 3 decided (100%).
      conversion: { assessRate: 75, issueRate: 100 },
    });
  });

  it('20-week timeliness with and without the exceptions', () => {
    // NP05: 2024-02-01 -> 2024-06-10 = 130 days <= 140: within.
    // NP06: 2024-03-01 -> 2024-09-02 = 185 days, a 20-week exception applies.
    // NP07: 2024-04-01 -> 2024-10-01 = 183 days, no exception.
    // All plans: 1 of 3 = 33.3%. Excluding exceptions (NP06 out): 1 of 2 = 50%.
    expect(year!.within20Weeks).toEqual({
      all: { issued: 3, within: 1, pct: 33.3 },
      excludingExceptions: { issued: 2, within: 1, pct: 50 },
    });
  });

  it('ceased plans by reason and flows between placement categories', () => {
    // Ceased: NP09a 2024-03-31 (no reason), NP04 2024-07-19 (reason 2, needs met).
    expect(year!.ceased).toEqual({ total: 2, byReason: { '2': 1, none: 1 } });
    // Rank-1 placements starting in 2024: PL02 (mainstream), PL07 (resourced), PL08 (independent),
    // PL09 and PL11 (maintained special). Ending: PL09a (mainstream), PL06 (maintained special),
    // PL10 (independent).
    expect(year!.flows).toEqual({
      mainstream: { in: 1, out: 1 },
      resourcedProvision: { in: 1, out: 0 },
      specialMaintained: { in: 2, out: 1 },
      independent: { in: 1, out: 1 },
      hospitalAp: { in: 0, out: 0 },
      post16: { in: 0, out: 0 },
      other: { in: 0, out: 0 },
    });
  });

  it('by month: each event in its own month', () => {
    const months = funnel(index, lookups, { from: '2024-01-01', to: '2024-12-31' }, 'month');
    const june = months.find((m) => m.period === '2024-06')!;
    // June 2024: NP05 issued (in time), R08 decided not to assess, PL07 entered resourced provision.
    expect(june).toMatchObject({ requests: 0, requestDecisions: { notAssess: 1 }, plansIssued: 1 });
    expect(june.within20Weeks.all).toEqual({ issued: 1, within: 1, pct: 100 });
    expect(months.map((m) => m.period)).toEqual([
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
    ]);
  });
});

describe('the data-quality report of the hand-worked return', () => {
  it('lists nine warnings, no errors, each with module, line and pseudonymous id', () => {
    const { findings, unresolved } = qualityChecks(index, lookups);
    expect(findings.map((f) => [f.kind, f.module, f.row, f.personId])).toEqual([
      ['age-over-25', 'person', 12, idOfLine(index, 12)], // C11, 26 on 2025-01-16
      ['same-child-two-ids', 'person', 14, idOfLine(index, 14)], // P13 is C03 (name + birth date)
      ['request-without-outcome', 'requests', 12, idOfLine(index, 10)], // C09's R09b, 2024-07-01
      ['two-plans-at-once', 'namedplan', 5, idOfLine(index, 4)], // C03: NP03a still open at NP03b
      ['ceased-without-reason', 'namedplan', 10, idOfLine(index, 10)], // C09's NP09a
      ['plan-without-need', 'namedplan', 12, idOfLine(index, 12)], // C11
      ['plan-without-placement', 'namedplan', 13, idOfLine(index, 13)], // C12
      ['overlapping-primary-placements', 'placementdetail', 3, idOfLine(index, 2)], // C01: PL01 and PL02
      ['unresolved-urn', 'placementdetail', 14, idOfLine(index, 12)], // C11's URN 199999
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(unresolved).toEqual([{ key: '199999', records: 1 }]);
    expect(describeFinding(findings[2]!)).toBe(
      `2 requests, line 12, column requestoutcome ('') [child ${idOfLine(index, 10)}]: received 2024-07-01, more than 20 weeks before 2025-01-16, and still has no outcome`,
    );
  });

  it('knows the same child in another return by the match hash', () => {
    const c03 = index.personByRow.get(4)!;
    const { findings } = qualityChecks(
      index,
      lookups,
      new Map([[c03.matchHash!, { personId: 'an-older-id', collectionYear: 2024 }]]),
    );
    const sameChild = findings.filter((f) => f.kind === 'same-child-two-ids');
    expect(sameChild.map((f) => f.row)).toEqual([4, 14]);
    expect(sameChild[0]!.message).toContain('child an-older-id in the 2024 return');
  });
});
