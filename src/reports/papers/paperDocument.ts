import { figureBlocks as blockNames, type FigureBlockId, type PaperTemplate } from '../../core/papers';
import { longDate } from '../../core/safetyValve';
import type { PaperFigures } from '../../services/papers/figures';
import { heading, paragraph, type Block, type PaperDocument } from '../document/model';
import { narrativeBlocks } from '../document/narrative';
import {
  deficitChartBlocks,
  financialModelBlocks,
  keyFigureBlocks,
  monitoringBlocks,
  paymentBlocks,
  savingsDeliveryBlocks,
} from './financialBlocks';
import {
  conditionBlocks,
  governanceBlocks,
  kpiAnnexBlocks,
  kpiOffTrackBlocks,
  recommendationBlocks,
} from './trackingBlocks';

/** How each table or chart a template names is drawn from the figures. */
const drawers: Partial<Record<FigureBlockId, (f: PaperFigures) => Block[]>> = {
  keyFigures: keyFigureBlocks,
  safetyValvePayments: paymentBlocks,
  conditionsAssurance: conditionBlocks,
  financialModel: financialModelBlocks,
  deficitChart: deficitChartBlocks,
  monitoring: monitoringBlocks,
  kpiAnnex: kpiAnnexBlocks,
  kpiOffTrack: kpiOffTrackBlocks,
  recommendations: recommendationBlocks,
  governanceCycle: governanceBlocks,
  savingsDelivery: savingsDeliveryBlocks,
};

/** The tables and charts of a template that cannot be drawn yet, in words (empty when all can). */
export function undrawnBlocks(template: PaperTemplate): string[] {
  return [...new Set(template.sections.flatMap((s) => s.figures ?? []))]
    .filter((id) => !drawers[id])
    .map((id) => blockNames[id]);
}

/** What a paper is made of: its template, the council's words by field, and the figures as at its date. */
export interface PaperContent {
  template: PaperTemplate;
  title: string;
  status: 'draft' | 'final';
  narrative: Readonly<Record<string, string>>;
  figures: PaperFigures;
}

/** The statement every paper opens with: the date and versions its tables and charts are drawn from. */
export function figuresStatement(f: PaperFigures): string {
  const parts = [
    `The tables and charts in this paper are drawn from the figures held on ${longDate(f.asAt)}`,
  ];
  if (f.model) parts.push(`the financial model is plan version "${f.model.version}"`);
  if (f.quarterly)
    parts.push(
      `the latest Safety Valve return on that date is ${f.quarterly.return.period} (data date ${longDate(f.quarterly.return.dataDate)}; ${f.quarterly.statusText})`,
    );
  return `${parts.join('; ')}.`;
}

/**
 * A paper as a document: the title block (its header fields), the statement of what the figures are as
 * at, then each section's heading, the council's words (or a note that they are not written yet) and its
 * tables and charts; annexes start on a new page.
 */
export function paperDocument(p: PaperContent): PaperDocument {
  const { template, narrative, figures } = p;
  const blocks: Block[] = [];
  const header = template.header.filter((h) => (narrative[h.key] ?? '').trim() !== '');
  if (header.length > 0)
    blocks.push({
      kind: 'details',
      rows: header.map((h) => [h.label, [{ text: narrative[h.key]!.trim() }]]),
    });
  blocks.push(paragraph(figuresStatement(figures), 'note'));
  let firstAnnex = true;
  for (const section of template.sections) {
    blocks.push(heading(1, section.heading, section.annex === true && firstAnnex));
    if (section.annex) firstAnnex = false;
    if (section.narrative) {
      const words = narrativeBlocks(narrative[section.key] ?? '');
      if (words.length > 0) blocks.push(...words);
      else if (!section.figures?.length)
        blocks.push(paragraph(`Not written yet: ${section.narrative.guidance}`, 'notWritten'));
    }
    for (const id of section.figures ?? []) {
      const draw = drawers[id];
      if (draw) blocks.push(...draw(figures));
    }
  }
  return {
    council: figures.council.name,
    title: p.title,
    subtitle: `${template.name}, figures as at ${longDate(figures.asAt)}`,
    banner: p.status === 'draft' ? 'DRAFT: not yet final' : null,
    blocks,
    footer: `${figures.council.name}: ${p.title} (figures as at ${longDate(figures.asAt)})`,
  };
}
