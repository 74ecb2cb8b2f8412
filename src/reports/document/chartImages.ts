import { launchChromium } from '../pdf';

/** How many device pixels per CSS pixel the pictures are taken at: sharp when printed from Word. */
const scale = 2;

/**
 * Pictures of SVG charts as PNG, taken by Chromium, so a Word document carries the very chart the PDF
 * prints (Word shows the SVG itself from Word 2016 on; the PNG is what older readers show). One browser
 * serves every chart of a document.
 */
export async function svgsToPng(svgs: readonly string[]): Promise<Buffer[]> {
  if (svgs.length === 0) return [];
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ deviceScaleFactor: scale });
    // The charts are self-contained: nothing may be fetched while drawing them.
    await page.route('**/*', (route) => route.abort());
    const pictures: Buffer[] = [];
    for (const svg of svgs) {
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:#fff;font-family:'Liberation Sans',Arial,sans-serif">${svg}</body></html>`,
        { waitUntil: 'load' },
      );
      pictures.push(Buffer.from(await page.locator('svg').first().screenshot({ type: 'png' })));
    }
    return pictures;
  } finally {
    await browser.close();
  }
}

/** The drawn size of an SVG from its width and height (or viewBox) attributes, in CSS pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const attr = (name: string) => {
    const match = new RegExp(`<svg[^>]*\\s${name}="([0-9.]+)`, 'u').exec(svg);
    return match ? Number(match[1]) : null;
  };
  const width = attr('width');
  const height = attr('height');
  if (width && height) return { width, height };
  const box = /<svg[^>]*\sviewBox="[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)"/u.exec(svg);
  if (box) return { width: Number(box[1]), height: Number(box[2]) };
  throw new RangeError('The chart has no width and height to place it by.');
}
