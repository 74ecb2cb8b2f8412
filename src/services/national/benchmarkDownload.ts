import { roundTo } from '../../core/benchmark/formatMeasure';
import type { MeasureBenchmark } from '../../core/benchmark/benchmarkReport';
import type { DownloadTable } from '../../io/tables/tableFile';
import type { ServiceContext } from '../context';
import type { Actor } from '../permissions';
import { nationalBenchmark } from './nationalBenchmark';

const decimals = { count: 0, percent: 1, perThousand: 1, poundsPerHead: 0 } as const;

/** A measure's value as a number rounded as the table shows it (a workbook keeps it a number). */
function cellOf(value: number | null, m: MeasureBenchmark): number | null {
  return value === null ? null : roundTo(value, decimals[m.unit]);
}

/** The council's benchmark for a year as a download table: every measure against every comparator. */
export async function benchmarkDownloadTable(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<DownloadTable> {
  const report = await nationalBenchmark(ctx, actor, input);
  const kinds = report.measures[0]?.comparators.map((c) => ({ kind: c.kind, name: c.name })) ?? [];
  const rows = report.measures.map((m) => [
    m.label,
    m.period,
    m.unit === 'poundsPerHead'
      ? '£ per head'
      : m.unit === 'percent'
        ? '%'
        : m.unit === 'perThousand'
          ? 'per 1,000'
          : 'count',
    cellOf(m.value, m),
    ...kinds.map((k) => cellOf(m.comparators.find((c) => c.kind === k.kind)?.value ?? null, m)),
    m.standing ? m.standing.rank : null,
    m.standing ? m.standing.of : null,
    m.standing ? roundTo(m.standing.percentile, 0) : null,
    m.rag ?? '',
    [m.notAvailable, m.note, m.caution].filter(Boolean).join(' '),
  ]);
  return {
    title: `${report.council.name} (${report.council.code}): benchmark ${String(report.year)} against statistical neighbours, region and England`,
    headers: [
      'Measure',
      'Period',
      'Unit',
      report.council.name,
      ...kinds.map((k) => k.name),
      'Rank',
      'Of',
      'Percentile',
      'RAG',
      'Notes',
    ],
    rows,
    notes: [
      `Statistical neighbours: ${report.neighbours.map((n) => n.name).join(', ') || 'none imported'}.`,
      'Rank 1 is the highest value among councils with a figure. RAG by decile among all councils.',
      `Source: published DfE data imported on this instance (${report.releases.map((r) => `${r.publication} ${r.edition}`).join('; ')}).`,
    ],
  };
}
