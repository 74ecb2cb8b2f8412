import fs from 'node:fs';
import path from 'node:path';
import type { PlanVersion, RecoveryPlanDocument } from '../../core/finance';
import { pounds } from '../../core/money';
import { readPlanJson } from './readPlanJson';

/** The folder of the demo council's files (built from Kingston's published documents). */
export const kingstonDemoDir = path.resolve(import.meta.dirname, '..', '..', '..', 'demo', 'kingston');

/** Reads a plan version JSON file; throws listing every problem with the file name. */
export function readPlanFile(file: string): PlanVersion {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const result = readPlanJson(parsed);
  if (!result.ok)
    throw new Error(`${file}:\n${result.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  return result.data;
}

/** Kingston's demo plan versions by file name (without .json). */
export const kingstonPlanFiles = {
  recoveryPlan2019: 'recovery-plan-2019',
  transformationPlan2019: 'transformation-plan-2019',
  safetyValveAgreement2021: 'safety-valve-agreement-2021',
  latestForecastMay2021: 'latest-forecast-may-2021',
} as const;

export function readKingstonPlan(name: keyof typeof kingstonPlanFiles): PlanVersion {
  return readPlanFile(path.join(kingstonDemoDir, `${kingstonPlanFiles[name]}.json`));
}

/** Kingston's 2019 recovery plan document (narrative and EHCP tables); amounts in the file are pounds. */
export function readKingstonRecoveryPlanDocument(): RecoveryPlanDocument {
  const raw = JSON.parse(
    fs.readFileSync(path.join(kingstonDemoDir, 'recovery-plan-2019-document.json'), 'utf8'),
  ) as RecoveryPlanDocument;
  return {
    ...raw,
    ehcpTable: raw.ehcpTable.map((r) => ({
      ...r,
      totalHnb: pounds(r.totalHnb),
      outturn: pounds(r.outturn),
      cumulative: pounds(r.cumulative),
    })),
  };
}
