import type { Block, TextRun } from './model';

// Narrative as the council writes it in the app: plain text where a blank line starts a paragraph and a
// block whose lines all start "- ", "1. " or "a. " is a bulleted, numbered or lettered list. Nothing in it
// is markup, so nothing typed can change the document's structure.

const listPatterns = [
  { numbering: 'bullet', pattern: /^[-•]\s+/u },
  { numbering: 'number', pattern: /^\d{1,3}[.)]\s+/u },
  { numbering: 'letter', pattern: /^[a-z][.)]\s+/iu },
] as const;

/** A narrative field's text as document blocks (none for empty text). */
export function narrativeBlocks(text: string): Block[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n\s*\n/u)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block): Block => {
      const lines = block.split('\n').map((l) => l.trim());
      for (const { numbering, pattern } of listPatterns) {
        if (lines.every((l) => pattern.test(l)))
          return {
            kind: 'list',
            numbering,
            items: lines.map((l): TextRun[] => [{ text: l.replace(pattern, '') }]),
          };
      }
      return { kind: 'paragraph', runs: [{ text: lines.join(' ') }] };
    });
}
