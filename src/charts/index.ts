// One chart layer for the web pages and the PDF reports, on Observable Plot: one function per kind of
// chart, each taking plain data and options ({ width, document }) and returning an <svg> element.
export { accuracyChart, type AccuracyChartData } from './accuracyChart';
export { deficitChart, type DeficitChartData, type DeficitSeries } from './deficitChart';
export {
  deficitProfileChart,
  profileSeries,
  type DeficitProfileData,
  type DeficitProfilePoint,
} from './deficitProfileChart';
export { ehcpKpiGroups, ehcpTargetChart, type EhcpKpi } from './ehcpTargetChart';
export { fanChart, type FanChartData, type FanYear } from './fanChart';
export { defaultWidth, type ChartOptions } from './frame';
export { groupedBarsChart, type BarSeries, type GroupedBarsData } from './groupedBarsChart';
export { kpiTrendChart, type KpiTrendData, type KpiTrendPoint } from './kpiTrendChart';
export { lineChart, type LineChartData, type LineData } from './lineChart';
export { rankedBarsChart, type RankedBar, type RankedBarsData } from './rankedBarsChart';
export { stackedBarsChart, type StackedBarsData } from './stackedBarsChart';
export { trendChart, type TrendChartData, type TrendLine } from './trendChart';
export {
  count,
  formattedBy,
  measureUnit,
  millionsOfPounds,
  percent,
  pounds,
  poundsPerHead,
  type ChartUnit,
} from './units';
export { waterfallChart, type WaterfallData, type WaterfallStep } from './waterfallChart';
