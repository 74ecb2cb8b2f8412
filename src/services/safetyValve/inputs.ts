import { z } from 'zod';
import { assuranceLevels, riskTrends } from '../../core/safetyValve';
import { parseFinancialYear, parseIsoDate } from '../../core/periods';
import { amountInPounds, text as fieldText } from '../fields';

// Zod schemas of what the API and the demo files send. Money is pounds in, pence out.

/** An amount in pounds (at most 2 decimal places, within £10 billion either way), as pence. */
export const money = amountInPounds();

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

// Free text (narratives) may have line breaks; short required fields are one line (names, codes).
const text = (max: number) => fieldText(undefined, { max, required: false, multiline: true });
const required = (max: number) => fieldText(undefined, { max, multiline: max > 200 });

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
