import { formatMoney } from '../money';
import { decimalsOf, type KpiDefinition } from './definition';

function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** A KPI figure as the return prints it: 1,447; 22.76%; £5,120,000. Blank for a missing figure. */
export function formatKpiValue(kpi: Pick<KpiDefinition, 'unit' | 'decimals'>, value: number | null): string {
  if (value === null) return '';
  // A figure too large to print (stored before the limits were checked) must not stop the page.
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) return 'out of range';
  const decimals = decimalsOf(kpi);
  if (kpi.unit === 'money') return formatMoney(Math.round(value), { decimals: Math.min(decimals, 2) });
  const text = groupThousands(value.toFixed(decimals));
  return kpi.unit === 'percent' ? `${text}%` : text;
}
