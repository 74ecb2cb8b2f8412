import { z } from 'zod';
import { defaultCategoryMap } from '../../core/placements';
import { writeRegisterTemplate } from '../../io/placements/writeTemplate';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { settingsFor } from './settings';
import { workbookBytes } from '../../io/export';

const templateInput = z
  .object({ returnYear: z.coerce.number().int().min(2014).max(2100).optional() })
  .strict();

/** The register template with the default categories (no council needed); need codes of `returnYear`'s SEN2 return. */
export async function defaultPlacementTemplate(returnYear: number): Promise<Uint8Array> {
  return new Uint8Array(
    await workbookBytes(writeRegisterTemplate({ returnYear, categoryMap: defaultCategoryMap })),
  );
}

/** The register template with the council's own categories (any role in the council). */
export async function placementTemplate(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown = {},
): Promise<Uint8Array> {
  const { returnYear } = parseInput(templateInput, input);
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const { categoryMap } = await settingsFor(ctx.db, council.id);
  const year = returnYear ?? ctx.now().getUTCFullYear();
  return new Uint8Array(await workbookBytes(writeRegisterTemplate({ returnYear: year, categoryMap })));
}
