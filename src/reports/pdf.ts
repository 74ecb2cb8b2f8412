import { chromium } from 'playwright-core';

/** Debian's Chromium (installed by scripts/ensure-chromium.mjs); Playwright's own browser download cannot work here. */
export const chromiumPath = process.env.HIGHNEEDS_CHROMIUM ?? '/usr/bin/chromium';

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Why a PDF could not be made, in words a person can act on. */
export class PdfRenderError extends Error {}

/** Starts Debian's Chromium headless, or a PdfRenderError saying what to install. Close it when done. */
export async function launchChromium() {
  try {
    return await chromium.launch({ executablePath: chromiumPath, args: launchArgs, headless: true });
  } catch (error) {
    throw new PdfRenderError(
      `Chromium could not be started from ${chromiumPath} to make the document (${(error as Error).message.split('\n')[0]}). Install Debian's chromium package (node scripts/ensure-chromium.mjs, as root).`,
    );
  }
}

/**
 * Renders an HTML document (self-contained: inline CSS and SVG) to an A4 PDF with Chromium, with the
 * footer template on every page (Chromium fills `pageNumber` and `totalPages`).
 */
export async function renderPdf(html: string, options: { footerTemplate?: string } = {}): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // The document is self-contained: refuse every request, so a report can never fetch anything.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: options.footerTemplate !== undefined,
      headerTemplate: '<span></span>',
      footerTemplate: options.footerTemplate ?? '<span></span>',
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
