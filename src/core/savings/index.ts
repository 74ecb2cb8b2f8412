// Savings plans: the model's saving lines by workstream, totals, cumulative savings, financial summary.
export {
  cumulative,
  savingsByWorkstream,
  savingsSummary,
  type SavingsSummaryYear,
  type WorkstreamSavings,
} from './savingsPlan';
