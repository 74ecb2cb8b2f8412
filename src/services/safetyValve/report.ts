import { footerTemplate, quarterlyReportHtml } from '../../reports/quarterly/html';
import { quarterlyReportWorkbook } from '../../reports/quarterly/workbook';
import { PdfRenderError, renderPdf } from '../../reports/pdf';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import type { Actor } from '../permissions';
import { returnView } from './returnView';

export type ReportFormat = 'pdf' | 'xlsx';

/** The file name of a downloaded report: "Kingston upon Thames Safety Valve return 2021-22-Q1.pdf". */
export function reportFileName(councilName: string, period: string, format: ReportFormat): string {
  return `${councilName} Safety Valve return ${period}.${format}`.replace(/[^A-Za-z0-9 ,._-]/g, '');
}

/** The format of a report file from its name's extension, or a message saying which extensions work. */
export function reportFormatOf(file: string): ReportFormat {
  const ext = file.toLowerCase().split('.').pop();
  if (ext === 'pdf' || ext === 'xlsx') return ext;
  throw new RangeError(`${file}: the report format comes from the file's extension: write .pdf or .xlsx.`);
}

/**
 * The quarterly Safety Valve report of a return, generated from the stored data: a PDF (HTML rendered by
 * Chromium) or an Excel workbook with the same tables. Any role in the council may download it.
 */
export async function quarterlyReport(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  period: string,
  format: ReportFormat,
): Promise<{ content: Buffer; councilName: string }> {
  const view = await returnView(ctx, actor, code, period);
  if (format === 'xlsx')
    return { content: await quarterlyReportWorkbook(view), councilName: view.council.name };
  try {
    return {
      content: await renderPdf(quarterlyReportHtml(view), { footerTemplate: footerTemplate(view) }),
      councilName: view.council.name,
    };
  } catch (error) {
    // The server's setup, not the request: 503 with what to install.
    if (error instanceof PdfRenderError) throw new ServiceError(error.message, 503);
    throw error;
  }
}
