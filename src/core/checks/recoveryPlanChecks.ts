import { ageBandPercentages, wordCount, type PlanVersion, type RecoveryPlanDocument } from '../finance';
import { computeModel } from '../finance';
import { formatMoney } from '../money';
import { compare, type CheckFailure } from './checkResult';

/**
 * Identities inside a 2019 recovery plan document and between it and its plan version: word counts;
 * each EHCP-table cumulative = previous + outturn − HNB; age bands add up to the plans and match their
 * printed percentages; the EHCP table's cumulative deficit matches the roll-forward's balance c/f for
 * the same financial year (table year Y = financial year Y-(Y+1)).
 */
export function checkRecoveryPlan(doc: RecoveryPlanDocument, plan?: PlanVersion): CheckFailure[] {
  const failures: CheckFailure[] = [];
  const push = (f: CheckFailure | null) => f && failures.push(f);
  const where = `recovery plan "${doc.planVersion}"`;

  doc.narrative.forEach((n, i) => {
    if (n.publishedWordCount === undefined) return;
    const counted = wordCount(n.answer);
    push(
      compare(
        'word-count',
        `${where}, narrative question ${i + 1}`,
        { label: 'published word count', value: n.publishedWordCount },
        { label: 'words in the answer', value: counted },
        'words',
        `Question ${i + 1} ("${n.question.slice(0, 60)}..."): the template shows ${n.publishedWordCount} words but the answer has ${counted}`,
      ),
    );
  });

  doc.ehcpTable.forEach((row, i) => {
    const previous = doc.ehcpTable[i - 1];
    if (!previous) return;
    const expected = previous.cumulative + row.outturn - row.totalHnb;
    push(
      compare(
        'ehcp-table-cumulative',
        `${where}, EHCP table ${row.year}`,
        { label: `cumulative ${row.year}`, value: row.cumulative },
        { label: `cumulative ${previous.year} + outturn − total HNB`, value: expected },
        'pence',
        `EHCP table ${row.year}: cumulative ${formatMoney(row.cumulative)} is not ${formatMoney(previous.cumulative)} + ${formatMoney(row.outturn)} − ${formatMoney(row.totalHnb)}`,
      ),
    );
  });

  doc.ehcpTable.forEach((row, i) => {
    const sum = doc.ageBands.reduce((s, b) => s + (b.counts[i] ?? 0), 0);
    push(
      compare(
        'age-bands-sum-to-total',
        `${where}, EHCPs by age ${row.year}`,
        { label: 'sum of age bands', value: sum },
        { label: 'number of plans', value: row.plans },
        'count',
        `EHCPs by age ${row.year}: the bands add up to ${sum}, the table says ${row.plans} plans`,
      ),
    );
    const percentages = ageBandPercentages(doc.ageBands, i);
    doc.ageBands.forEach((band, b) => {
      const printed = band.publishedPercent?.[i];
      if (printed === undefined) return;
      push(
        compare(
          'age-band-percentage',
          `${where}, ${band.band} ${row.year}`,
          { label: 'printed %', value: printed },
          { label: '% of total, rounded', value: percentages[b]! },
          'percent',
          `${band.band} ${row.year}: printed ${printed}% but ${band.counts[i]} of ${sum} is ${percentages[b]}%`,
        ),
      );
    });
  });

  if (plan) {
    const positions = new Map(computeModel(plan).map((p) => [p.year, p]));
    for (const row of doc.ehcpTable) {
      const year = `${row.year}-${String((row.year + 1) % 100).padStart(2, '0')}`;
      const position = positions.get(year);
      if (!position) continue;
      push(
        compare(
          'ehcp-table-matches-roll-forward',
          `${where}, ${year}`,
          { label: `EHCP table cumulative ${row.year}`, value: row.cumulative },
          { label: `roll-forward DSG balance c/f ${year}`, value: position.cumulativeDeficitBeforeDfe },
          'pence',
          `${year}: the EHCP table's cumulative ${formatMoney(row.cumulative)} is not the roll-forward's DSG balance c/f ${formatMoney(position.cumulativeDeficitBeforeDfe)}`,
        ),
      );
    }
  }
  return failures;
}
