// Figures that are not money: counts, rates and percentages, written as council papers write them.
export { formatCount, formatNumber, formatPercent, type FormatNumberOptions } from './formatNumber';
