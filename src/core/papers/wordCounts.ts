import { wordCount } from '../finance';
import { narrativeFields } from './paperTemplates';
import type { PaperTemplate } from './templates';

/** One narrative field's words against its limit. */
export interface FieldWords {
  key: string;
  label: string;
  words: number;
  wordLimit: number | null;
  over: boolean;
}

/** The word count of every narrative field of a paper, and which are over their limit. */
export function paperWordCounts(
  template: PaperTemplate,
  narrative: Readonly<Record<string, string>>,
): FieldWords[] {
  return narrativeFields(template).map((f) => {
    const words = wordCount(narrative[f.key] ?? '');
    return {
      key: f.key,
      label: f.label,
      words,
      wordLimit: f.wordLimit ?? null,
      over: f.wordLimit !== undefined && words > f.wordLimit,
    };
  });
}
