// A safety net for refusals the server still words as its validation library does ("Too big: expected
// number to be <=20000"): the page says them in plain words ("Enter at most 20,000"). Messages already in
// plain words pass through unchanged.
import { formatCount } from '../../core/money';

const rules: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/Too big: expected number to be <=\s*(-?\d+(?:\.\d+)?)/, (m) => `Enter at most ${count(m[1])}`],
  [/Too big: expected number to be <\s*(-?\d+(?:\.\d+)?)/, (m) => `Enter less than ${count(m[1])}`],
  [/Too small: expected number to be >=\s*(-?\d+(?:\.\d+)?)/, (m) => `Enter at least ${count(m[1])}`],
  [/Too small: expected number to be >\s*(-?\d+(?:\.\d+)?)/, (m) => `Enter more than ${count(m[1])}`],
  [/Too big: expected string to have <=\s*(\d+) characters?/, (m) => `Use at most ${count(m[1])} characters`],
  [/Too small: expected string to have >=\s*1 characters?/, () => 'Enter a value'],
  [
    /Too small: expected string to have >=\s*(\d+) characters?/,
    (m) => `Use at least ${count(m[1])} characters`,
  ],
  [
    /Too (big|small): expected array to have [<>]=?\s*(\d+) items?/,
    (m) => `${m[1] === 'big' ? 'At most' : 'At least'} ${count(m[2])} needed`,
  ],
  [/Invalid input: expected int, received \w+/, () => 'Enter a whole number'],
  [/Invalid input: expected (number|int), received (null|undefined|NaN|string)/, () => 'Enter a number'],
  [/Invalid input: expected \w+, received (null|undefined)/, () => 'Enter a value'],
  [/Invalid input: expected \w+, received \w+/, () => 'This value is not of the kind expected here'],
  [/Invalid option: expected one of .*/, () => 'Choose one of the options offered'],
  [
    /Unrecognized keys?: .*/,
    () => 'The form sent a value this page does not take; reload the page and try again',
  ],
  [/Invalid string: must match pattern .*/, () => 'This is not in the form expected here'],
];

/** The message with any validation-library wording replaced by plain words; otherwise as it is. */
export function plainWords(message: string): string {
  for (const [pattern, words] of rules) {
    const found = pattern.exec(message);
    if (found) return `${message.slice(0, found.index)}${words(found)}.`.replace(/\.\.$/, '.');
  }
  return message;
}

function count(text: string | undefined): string {
  const n = Number(text);
  return Number.isInteger(n) ? formatCount(n) : String(text);
}
