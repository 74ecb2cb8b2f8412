// Savings plans: the model's saving lines by workstream, totals, cumulative savings, financial summary,
// and the delivery of each line over the year.
export {
  cumulative,
  savingsByWorkstream,
  savingsSummary,
  type SavingsSummaryYear,
  type WorkstreamSavings,
} from './savingsPlan';
export {
  deliveryOfLines,
  entriesUpTo,
  savingsDelivery,
  type DeliveryEntry,
  type LineDelivery,
  type SavingsAgainstTarget,
  type SavingsDelivery,
} from './delivery';
