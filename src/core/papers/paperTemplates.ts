import type { PaperTemplate, PaperTemplateId } from './templates';

/**
 * A committee report in seed 004's structure (Kingston's "SEND Futures update" to its People Committee):
 * purpose, recommendations for decision, benefits, key points (progress, less successful areas, the peer
 * review, the Safety Valve agreement), context, proposal, consultations, timescale, financial context and
 * resource implications, legal, risk, equalities and health implications, governance, and the annexes:
 * the DSG financial model, the KPIs and the peer review's recommendations.
 */
const committee: PaperTemplate = {
  id: 'committee',
  name: 'Committee report',
  description:
    "A report to the council's committee on the SEND plan and the High Needs Block (seed 004's structure).",
  defaultTitle: 'SEND Futures update',
  bodyKind: 'committee',
  header: [
    { key: 'reportBy', label: 'Report by' },
    { key: 'portfolioHolder', label: 'Relevant Portfolio Holder' },
  ],
  sections: [
    {
      key: 'purpose',
      heading: 'Purpose of Report',
      narrative: {
        guidance: 'One or two sentences: why the committee is receiving this report.',
        wordLimit: 100,
      },
    },
    {
      key: 'recommendations',
      heading: 'Recommendation(s)',
      narrative: {
        guidance:
          'What the committee is asked to resolve, one numbered line each ("1. Progress ... is noted").',
        wordLimit: 250,
      },
    },
    {
      key: 'benefits',
      heading: 'Benefits to the Community',
      narrative: { guidance: 'What the community gains.', wordLimit: 150 },
    },
    {
      key: 'progress',
      heading: 'Key Points: progress',
      narrative: { guidance: 'Examples of progress since the last report.', wordLimit: 600 },
      figures: ['keyFigures'],
    },
    {
      key: 'lessSuccessful',
      heading: 'Key Points: areas where progress has been less successful',
      narrative: { guidance: 'Priorities for improvement in the coming months.', wordLimit: 400 },
    },
    {
      key: 'peerReview',
      heading: 'Key Points: peer review',
      narrative: { guidance: 'What the review looked at and what it found.', wordLimit: 600 },
      figures: ['recommendations'],
    },
    {
      key: 'safetyValve',
      heading: 'Key Points: Safety Valve agreement',
      narrative: {
        guidance: 'The agreement with the DfE and what future payments depend on.',
        wordLimit: 500,
      },
      figures: ['safetyValvePayments', 'conditionsAssurance'],
    },
    {
      key: 'context',
      heading: 'Context',
      narrative: {
        guidance: 'Background: the children and young people, the deficit and its causes.',
        wordLimit: 700,
      },
    },
    {
      key: 'proposal',
      heading: 'Proposal and Options',
      narrative: { guidance: 'Who is responsible for what, and why the committee decides.', wordLimit: 300 },
    },
    {
      key: 'consultations',
      heading: 'Consultations',
      narrative: { guidance: 'Consultations held or under way.', wordLimit: 200 },
    },
    {
      key: 'timescale',
      heading: 'Timescale',
      narrative: { guidance: 'When the committee and others will see the plan again.', wordLimit: 200 },
    },
    {
      key: 'financialContext',
      heading: 'Financial Context',
      narrative: { guidance: "The council's wider financial position.", wordLimit: 400 },
    },
    {
      key: 'resources',
      heading: 'Resource Implications',
      narrative: { guidance: 'What the financial model (Annex 1) means for resources.', wordLimit: 500 },
      figures: ['monitoring', 'deficitChart'],
    },
    {
      key: 'legal',
      heading: 'Legal Implications',
      narrative: { guidance: 'Statutory duties and grant conditions.', wordLimit: 500 },
    },
    {
      key: 'risk',
      heading: 'Risk Assessment',
      narrative: { guidance: 'The risks and how they are managed.', wordLimit: 300 },
      figures: ['kpiOffTrack'],
    },
    {
      key: 'equalities',
      heading: 'Equalities Analysis',
      narrative: { guidance: 'The equality impact assessment and where to read it.', wordLimit: 200 },
    },
    {
      key: 'health',
      heading: 'Health Implications',
      narrative: {
        guidance: 'What the plan means for the health of children and young people.',
        wordLimit: 400,
      },
    },
    {
      key: 'governance',
      heading: 'Governance',
      narrative: { guidance: 'Who oversees the plan and how often.', wordLimit: 300 },
      figures: ['governanceCycle'],
    },
    {
      key: 'annexFinancialModel',
      heading: 'Annex 1: Dedicated Schools Grant Financial Model',
      annex: true,
      figures: ['financialModel'],
    },
    { key: 'annexKpis', heading: 'Annex 2: Key Performance Indicators', annex: true, figures: ['kpiAnnex'] },
    {
      key: 'annexRecommendations',
      heading: 'Annex 3: Peer review findings and recommendations',
      annex: true,
      narrative: { guidance: 'Anything to say beside the tracker (optional).', wordLimit: 300 },
      figures: [],
    },
  ],
};

/** The Schools Forum's termly High Needs update: budget monitoring, the deficit, demand, savings, the agreement. */
const forum: PaperTemplate = {
  id: 'forum',
  name: 'Schools Forum High Needs update',
  description:
    'The termly High Needs Block update to the Schools Forum: monitoring, deficit, demand, savings and the Safety Valve agreement.',
  defaultTitle: 'High Needs Block update',
  bodyKind: 'forum',
  header: [
    { key: 'reportBy', label: 'Report by' },
    { key: 'forumMeeting', label: 'Schools Forum meeting' },
  ],
  sections: [
    {
      key: 'purpose',
      heading: 'Purpose',
      narrative: { guidance: 'Why the Forum is receiving this update.', wordLimit: 100 },
    },
    {
      key: 'recommendations',
      heading: 'Recommendations',
      narrative: {
        guidance: 'What the Forum is asked to note or agree, one numbered line each.',
        wordLimit: 200,
      },
    },
    {
      key: 'monitoring',
      heading: 'High Needs Block budget monitoring',
      narrative: { guidance: 'The position against budget and what moved it.', wordLimit: 400 },
      figures: ['keyFigures', 'monitoring'],
    },
    {
      key: 'deficit',
      heading: 'The cumulative deficit',
      narrative: { guidance: 'The deficit against the agreed profile.', wordLimit: 300 },
      figures: ['deficitChart'],
    },
    {
      key: 'demand',
      heading: 'Demand',
      narrative: { guidance: 'EHCP numbers and what drives them.', wordLimit: 300 },
      figures: ['kpiOffTrack'],
    },
    {
      key: 'savings',
      heading: 'Savings and cost mitigation',
      narrative: { guidance: 'Delivery of the savings plan this year.', wordLimit: 300 },
      figures: ['savingsDelivery'],
    },
    {
      key: 'safetyValve',
      heading: 'Safety Valve agreement',
      narrative: { guidance: 'Progress against the conditions and the payments.', wordLimit: 300 },
      figures: ['conditionsAssurance', 'safetyValvePayments'],
    },
    {
      key: 'nextSteps',
      heading: 'Next steps',
      narrative: { guidance: 'What happens before the next Forum.', wordLimit: 200 },
      figures: ['governanceCycle'],
    },
  ],
};

/**
 * A partnership board paper in seed 002's structure (Kingston SEND Partnership Board, 14 November 2019):
 * purpose, context, positive developments with the benchmarking tables, finance, forecasting demand and
 * cost, top-up value for money, conclusion.
 */
const board: PaperTemplate = {
  id: 'board',
  name: 'Partnership board paper',
  description:
    "A paper to the SEND partnership board: benchmarking, forecasting and top-up value for money (seed 002's structure).",
  defaultTitle: 'Innovation, demand management, value for money',
  bodyKind: 'board',
  header: [
    { key: 'meeting', label: 'Meeting' },
    { key: 'authors', label: 'Authors' },
  ],
  sections: [
    {
      key: 'purpose',
      heading: '1. Purpose of the session',
      narrative: { guidance: 'What the session is for and how it will run.', wordLimit: 400 },
    },
    {
      key: 'context',
      heading: '2. Context',
      narrative: {
        guidance: 'Where the savings plan stands and how proposals will be judged.',
        wordLimit: 400,
      },
    },
    {
      key: 'developments',
      heading: '3. Positive developments',
      narrative: {
        guidance: 'Progress in provision and processes; the benchmarking tables follow.',
        wordLimit: 500,
      },
      figures: ['benchmarkGrowth', 'benchmarkPerHead', 'benchmarkAgeProfile'],
    },
    {
      key: 'finance',
      heading: 'Finance',
      narrative: { guidance: 'Funding changes and protection for schools.', wordLimit: 500 },
    },
    {
      key: 'discussion',
      heading: '4. Potential areas for discussion',
      narrative: { guidance: 'The priorities for the board to discuss.', wordLimit: 300 },
    },
    {
      key: 'forecasting',
      heading: 'Forecasting future demand and costs',
      narrative: { guidance: 'What the forecasts say and what partners can add.', wordLimit: 600 },
      figures: ['ehcpForecast'],
    },
    {
      key: 'topUps',
      heading: 'Top up costs',
      narrative: { guidance: 'Top-up spend against comparators and ideas for better value.', wordLimit: 700 },
      figures: ['benchmarkTopUps', 'placementCosts'],
    },
    {
      key: 'valueForMoney',
      heading: 'Value for money',
      narrative: { guidance: 'How data, finance and SEN decisions can be aligned.', wordLimit: 300 },
    },
    {
      key: 'conclusion',
      heading: '5. Conclusion',
      narrative: { guidance: 'What the session should achieve.', wordLimit: 200 },
    },
  ],
};

/** Every paper template by id. */
export const paperTemplates: Record<PaperTemplateId, PaperTemplate> = { committee, forum, board };

/** Every narrative field of a template (title-block fields and sections), with its limit. */
export function narrativeFields(
  template: PaperTemplate,
): Array<{ key: string; label: string; wordLimit?: number }> {
  return [
    ...template.header.map((h) => ({ key: h.key, label: h.label })),
    ...template.sections.flatMap((s) =>
      s.narrative
        ? [
            {
              key: s.key,
              label: s.heading,
              ...(s.narrative.wordLimit ? { wordLimit: s.narrative.wordLimit } : {}),
            },
          ]
        : [],
    ),
  ];
}
