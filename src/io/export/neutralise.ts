// Text that a spreadsheet would run as a formula is made inert (OWASP "CSV injection"): a text cell that
// starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so Excel and LibreOffice
// show it as text. A setting called =HYPERLINK("http://...") must never become a live link in a council's
// download. Numbers are never touched: -1234.5 stays a negative number, as a number or as its digits.

const dangerous = /^[=+\-@\t\r]/;
const plainNumber = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Whether a text cell would be read as a formula (and is not simply a number written out). */
export function looksLikeFormula(text: string): boolean {
  return dangerous.test(text) && !plainNumber.test(text);
}

/** The text made inert when it would be read as a formula; otherwise as it is. */
export function neutraliseText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * The text as it was before neutraliseText, for readers of workbooks the product wrote (the model grid
 * and the recovery plan are exported, edited in Excel and imported again: the round trip stays exact).
 */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
