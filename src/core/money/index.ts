// Money: integer pence, parsing and formatting as councils and the DfE write it, rounding rules.
export { assertPence, pounds, sumPence, toPounds, type Pence } from './pence';
export { divideRounded, roundHalfAwayFromZero, roundToPounds } from './rounding';
export { apportion, shareOf } from './apportion';
export { largestRemainder, roundTableToPounds } from './largestRemainder';
export { MoneyParseError, parseMoney, tryParseMoney, type MoneyParseResult } from './parseMoney';
export { formatMoney, type FormatMoneyOptions } from './formatMoney';
export { percentage } from './percentage';
export { formatCount, formatPercent, groupThousands } from './formatNumber';
