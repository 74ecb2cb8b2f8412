import type { Context, Hono } from 'hono';
import { paperTemplates } from '../core/papers';
import type { ServiceContext } from '../services/context';
import { requireCouncil } from '../services/councils';
import { ValidationError } from '../services/errors';
import { getPaper, listPapers, savePaper } from '../services/papers/papers';
import { paperPreview, renderPaper } from '../services/papers/render';
import { jsonBody } from './body';
import { actorOf } from './session';

const contentTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

function paperId(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) throw new ValidationError(`"${text}" is not a paper number.`, 'id');
  return id;
}

/** Routes of the papers a council writes (docs/api.md, "Papers"). */
export function papersRoutes(app: Hono, ctx: ServiceContext): void {
  const base = '/api/councils/:code/papers';
  const code = (c: { req: { param(name: 'code'): string } }) => c.req.param('code');

  app.get(`${base}/templates`, async (c) => {
    await requireCouncil(ctx, await actorOf(c, ctx), code(c), 'council.read');
    return c.json(Object.values(paperTemplates));
  });

  app.get(base, async (c) => c.json(await listPapers(ctx, await actorOf(c, ctx), code(c))));

  app.post(base, async (c) => {
    const actor = await actorOf(c, ctx);
    const id = await savePaper(ctx, actor, code(c), await jsonBody(c));
    return c.json(await getPaper(ctx, actor, code(c), id), 201);
  });

  app.get(`${base}/:id`, async (c) =>
    c.json(await getPaper(ctx, await actorOf(c, ctx), code(c), paperId(c.req.param('id')))),
  );

  app.put(`${base}/:id`, async (c) => {
    const actor = await actorOf(c, ctx);
    const id = paperId(c.req.param('id'));
    await savePaper(ctx, actor, code(c), await jsonBody(c), id);
    return c.json(await getPaper(ctx, actor, code(c), id));
  });

  // Which paper, as at when and from which version: the same query for the preview and the files.
  const paperQuery = (c: Context) => {
    const q = c.req.query();
    return {
      template: c.req.param('template'),
      ...(q.asAt ? { asAt: q.asAt } : {}),
      ...(q.version ? { version: q.version } : {}),
      ...(q.paperId ? { paperId: paperId(q.paperId) } : {}),
    };
  };

  // A paper's document as data, for the page's preview.
  app.get('/api/councils/:code/reports/:template/paper.json', async (c) =>
    c.json(await paperPreview(ctx, await actorOf(c, ctx), code(c), paperQuery(c))),
  );

  // A paper as a file: the template's latest paper on the date (or ?paperId=), figures as at ?asAt=, ?version=.
  for (const format of ['pdf', 'docx'] as const) {
    app.get(`/api/councils/:code/reports/:template/paper.${format}`, async (c) => {
      const file = await renderPaper(ctx, await actorOf(c, ctx), code(c), paperQuery(c), format);
      const name = `${file.councilName} ${file.document.title} ${file.asAt}.${format}`.replace(
        /[^A-Za-z0-9 ,._-]/gu,
        '',
      );
      return c.body(new Uint8Array(file.content), 200, {
        'content-type': contentTypes[format],
        'content-disposition': `attachment; filename="${name}"`,
      });
    });
  }
}
