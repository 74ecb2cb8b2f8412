import type { Migration } from 'kysely';
import * as foundation from './001_foundation';
import * as financialModel from './002_financial_model';
import * as nationalData from './003_national_data';
import * as placements from './004_placements';
import * as kpis from './005_kpis';
import * as safetyValve from './006_safety_valve';
import * as placementsMore from './009_placements_more';
import * as forecastRuns from './007_forecast_runs';
import * as trust from './010_trust';
import * as membershipNames from './011_a_membership_names';
import * as signInThrottles from './011_b_sign_in_throttles';
import * as forecastRunChunks from './012_forecast_run_chunks';
import * as sen2 from './013_sen2';
import * as mustChangePassword from './014_must_change_password';
import * as papers from './017_papers';
import * as reformPlan from './016_reform_plan';
import * as reformPlans from './019_reform_plans';
import * as sen2InputLinks from './020_sen2_input_links';

/** Every migration in order. Names sort as they must run; never rename or edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '001_foundation': foundation,
  '002_financial_model': financialModel,
  '003_national_data': nationalData,
  '004_placements': placements,
  '005_kpis': kpis,
  '006_safety_valve': safetyValve,
  '009_placements_more': placementsMore,
  '007_forecast_runs': forecastRuns,
  '010_trust': trust,
  '011_a_membership_names': membershipNames,
  '011_b_sign_in_throttles': signInThrottles,
  '012_forecast_run_chunks': forecastRunChunks,
  '013_sen2': sen2,
  '014_must_change_password': mustChangePassword,
  '017_papers': papers,
  '016_reform_plan': reformPlan,
  '019_reform_plans': reformPlans,
  '020_sen2_input_links': sen2InputLinks,
};
