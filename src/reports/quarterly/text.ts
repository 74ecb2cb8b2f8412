import { escapeXml } from '../escapeXml';

/**
 * Plain narrative text as HTML: blank lines separate paragraphs; a block whose lines start with "- " is a
 * bulleted list. Everything is escaped.
 */
export function narrativeHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => {
      const lines = block.split('\n').map((l) => l.trim());
      if (lines.every((l) => l.startsWith('- ')))
        return `<ul>${lines.map((l) => `<li>${escapeXml(l.slice(2))}</li>`).join('')}</ul>`;
      return `<p>${lines.map(escapeXml).join('<br>')}</p>`;
    })
    .join('\n');
}

const quarterWords = ['One', 'Two', 'Three', 'Four'];

/** 2021-22-Q1 as "Quarter One 2021/22", as the return's title writes it. */
export function quarterTitle(period: string): string {
  const match = /^(\d{4})-(\d{2})-Q([1-4])$/.exec(period);
  if (!match) return period;
  return `Quarter ${quarterWords[Number(match[3]) - 1]} ${match[1]}/${match[2]}`;
}
