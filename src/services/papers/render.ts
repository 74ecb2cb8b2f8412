import { z } from 'zod';
import { paperTemplateIds, paperTemplates } from '../../core/papers';
import { documentDocx } from '../../reports/document/docx';
import { documentFooter, documentHtml } from '../../reports/document/html';
import type { PaperDocument } from '../../reports/document/model';
import { PdfRenderError, renderPdf } from '../../reports/pdf';
import { paperDocument, undrawnBlocks } from '../../reports/papers/paperDocument';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ServiceError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { paperDate, paperFigures } from './figures';
import { getPaper, latestPaper, type StoredPaper } from './papers';

export type PaperFormat = 'pdf' | 'docx';

/** The format of a paper file from its name's extension, or a message saying which extensions work. */
export function paperFormatOf(file: string): PaperFormat {
  const ext = file.toLowerCase().split('.').pop();
  if (ext === 'pdf' || ext === 'docx') return ext;
  throw new RangeError(`${file}: the paper's format comes from the file's extension: write .pdf or .docx.`);
}

const renderInput = z
  .object({
    template: z.enum(paperTemplateIds),
    asAt: z.string().optional(),
    version: z.string().trim().min(1).max(200).optional(),
    paperId: z.number().int().positive().optional(),
  })
  .strict();

/**
 * A paper as a document: the stored paper named (or the latest of the template dated on or before the
 * date; none is fine: its sections say they are not written yet), with every table and chart drawn from
 * the figures as at the date asked (by default the paper's own date, else today) and the plan version
 * asked (by default the paper's, else the Safety Valve agreement's).
 */
export async function paperAsDocument(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const p = parseInput(renderInput, input);
  const template = paperTemplates[p.template];
  const undrawn = undrawnBlocks(template);
  if (undrawn.length > 0)
    throw new ServiceError(
      `The ${template.name} cannot be produced yet: these tables are not drawn by the product yet: ${undrawn.join('; ')}.`,
      400,
    );
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  // Checked first: a date that is not one is the writer's mistake, said as such.
  const askedDate = p.asAt === undefined ? undefined : paperDate(ctx, p.asAt);
  let paper: StoredPaper | null = null;
  if (p.paperId !== undefined) {
    paper = await getPaper(ctx, actor, code, p.paperId);
    if (paper.template !== p.template)
      throw new ValidationError(
        `Paper ${p.paperId} is a ${paperTemplates[paper.template].name.toLowerCase()}, not a ${template.name.toLowerCase()}.`,
        'paperId',
      );
  } else {
    paper = await latestPaper(ctx, council, template.id, askedDate ?? paperDate(ctx, undefined));
  }
  const asAt = askedDate ?? paper?.asAt;
  const version = p.version ?? paper?.planVersion ?? undefined;
  const figures = await paperFigures(ctx, actor, code, {
    ...(asAt ? { asAt } : {}),
    ...(version ? { version } : {}),
  });
  const document: PaperDocument = paperDocument({
    template,
    title: paper?.title ?? template.defaultTitle,
    status: paper?.status ?? 'draft',
    narrative: paper?.narrative ?? {},
    figures,
  });
  return {
    document,
    paper,
    councilName: council.name,
    asAt: figures.asAt,
    version: figures.model?.version ?? null,
  };
}

/**
 * A paper's tables as the page previews them before export: the same document the PDF and DOCX are written
 * from, its charts given by their captions (the files carry the drawings), with the date and plan version
 * its figures are drawn from.
 */
export async function paperPreview(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const made = await paperAsDocument(ctx, actor, code, input);
  return {
    asAt: made.asAt,
    version: made.version,
    paperId: made.paper?.id ?? null,
    title: made.document.title,
    blocks: made.document.blocks.map((b) =>
      b.kind === 'figure' ? { kind: 'chart' as const, caption: b.caption } : b,
    ),
  };
}

/** What the Reports page previews. */
export type PaperPreview = Awaited<ReturnType<typeof paperPreview>>;

/** A paper written as PDF (Chromium) or DOCX (the docx library), from the same document. */
export async function renderPaper(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
  format: PaperFormat,
) {
  const made = await paperAsDocument(ctx, actor, code, input);
  try {
    const content =
      format === 'docx'
        ? await documentDocx(made.document)
        : await renderPdf(documentHtml(made.document), { footerTemplate: documentFooter(made.document) });
    return { ...made, content };
  } catch (error) {
    // The server's setup, not the request: 503 with what to install.
    if (error instanceof PdfRenderError) throw new ServiceError(error.message, 503);
    throw error;
  }
}
