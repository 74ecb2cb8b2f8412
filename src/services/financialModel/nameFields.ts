import { z } from 'zod';
import { lineIdProblem, versionNameProblem } from '../../core/finance';

// Zod fields for the names of plan versions and lines: the one rule (src/core/finance/names.ts) wherever
// an API input names a version or a line.

/** A plan version's name: trimmed, 1 to 200 characters, no control characters. */
export const versionNameField = z.string().transform((value, ctx) => {
  const problem = versionNameProblem(value);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return value.trim();
});

/** A line id: letters, digits, dot, dash and underscore, at most 50 characters. */
export const lineIdField = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const problem = lineIdProblem(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return value;
  });
