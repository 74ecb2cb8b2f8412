// Papers: templates as configuration (committee report, Schools Forum update, partnership board paper),
// their narrative fields and word counts.
export { narrativeFields, paperTemplates } from './paperTemplates';
export {
  figureBlocks,
  paperTemplateIds,
  type FigureBlockId,
  type HeaderField,
  type PaperSection,
  type PaperTemplate,
  type PaperTemplateId,
} from './templates';
export { paperWordCounts, type FieldWords } from './wordCounts';
