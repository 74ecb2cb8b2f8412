/** Names in quotes as a sentence lists them: “A”, “A” and “B”, “A”, “B” and “C”. */
export function namesInWords(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
}
