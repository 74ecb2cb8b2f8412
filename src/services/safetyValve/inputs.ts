import { z } from 'zod';
import { assuranceLevels, riskTrends } from '../../core/safetyValve';
import { pounds } from '../../core/money';
import { parseFinancialYear, parseIsoDate } from '../../core/periods';

// Zod schemas of what the API and the demo files send. Money is pounds in, pence out.

/** An amount in pounds (at most 2 decimal places), as pence. */
export const money = z
  .number({ message: 'must be an amount in pounds (a number)' })
  .finite()
  // £100 billion: far beyond any council's High Needs figures; bigger is a typing error, not money.
  .refine((v) => Math.abs(v) <= 100_000_000_000, 'must be an amount of at most £100,000,000,000')
  .refine(
    (v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6,
    'must be pounds with at most 2 decimal places',
  )
  .transform((v) => pounds(v));

export const financialYear = z.string().transform((v, ctx) => {
  try {
    return parseFinancialYear(v);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

export const isoDate = z.string().transform((v, ctx) => {
  try {
    return parseIsoDate(v);
  } catch {
    ctx.addIssue({ code: 'custom', message: `'${v}' is not a date (YYYY-MM-DD)` });
    return z.NEVER;
  }
});

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'is required');

export const conditionNumber = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)*$/, 'must be a condition number such as 2 or 3.1');

export const paymentInput = z
  .object({
    year: financialYear,
    instalment: required(100),
    kind: z.enum(['payment', 'writeOff']).default('payment'),
    planned: money.nullable().default(null),
    received: money.nullable().default(null),
    withheld: money.nullable().default(null),
    dueDate: isoDate.nullable().default(null),
    receivedDate: isoDate.nullable().default(null),
    note: text(2000).nullable().default(null),
  })
  .strict();

export const agreementInput = z
  .object({
    name: required(200),
    startYear: financialYear,
    endYear: financialYear,
    signedOn: isoDate.nullable().default(null),
    agreedVersion: required(200).nullable().default(null),
    totalFunding: money.nullable().default(null),
    finalPaymentYear: financialYear.nullable().default(null),
    profileBasis: required(500).default('cumulative DSG deficit before Safety Valve funding'),
    description: text(5000).nullable().default(null),
    conditions: z
      .array(
        z
          .object({
            number: conditionNumber,
            title: required(1000),
            text: text(10000).nullable().default(null),
          })
          .strict(),
      )
      .min(1, 'list the conditions of the agreement'),
    deficitProfile: z.array(z.object({ year: financialYear, maximum: money }).strict()).default([]),
    payments: z.array(paymentInput).default([]),
  })
  .strict();

export const conditionProgressInput = z
  .object({
    assurance: z
      .enum(assuranceLevels, { message: `must be one of ${assuranceLevels.join(', ')}` })
      .nullable()
      .optional(),
    narrative: text(20000).optional(),
    savingsAchieved: money.nullable().optional(),
    savingsTarget: money.nullable().optional(),
    keyKpis: z.array(required(20)).optional(),
  })
  .strict();

const score = z
  .number()
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be from 1 to 5')
  .max(5, 'must be from 1 to 5')
  .nullable()
  .default(null);

export const riskInput = z
  .object({
    risk: required(2000),
    likelihood: score,
    impact: score,
    mitigation: text(5000).default(''),
    owner: required(200).nullable().default(null),
    trend: z.enum(riskTrends).nullable().default(null),
  })
  .strict();

export const returnContentInput = z
  .object({
    dataDate: isoDate.optional(),
    dateSubmitted: isoDate.nullable().optional(),
    kpiPeriod: required(20).optional(),
    projectionVersion: required(200).nullable().optional(),
    summary: text(20000).optional(),
    partnerContributions: z.array(z.object({ partner: required(200), change: money }).strict()).optional(),
    risks: z.array(riskInput).optional(),
    appendices: z.array(z.object({ letter: required(5), title: required(500) }).strict()).optional(),
    ehcpKpis: z.array(required(20)).optional(),
  })
  .strict();

export const newReturnInput = returnContentInput.extend({
  period: z.string().min(1, 'give a quarter such as 2021-22-Q1'),
  dataDate: isoDate,
  copyFrom: z.string().min(1).optional(),
  conditions: z.array(conditionProgressInput.extend({ number: conditionNumber })).optional(),
});
