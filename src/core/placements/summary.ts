import type { Pence } from '../money';
import { placementCategories, type PlacementCategory } from '../benchmark/placementCategories';
import type { FinancialYear, IsoDate } from '../periods';
import {
  averageCostByCategory,
  averageCostByCategoryAndPhase,
  averageCostByCouncilCategory,
  averageCostByPhase,
  averageCostOfEhcp,
  childrenOn,
  type AverageCost,
} from './averages';
import { commitments, spendToDateWindow, type Commitments } from './commitments';
import { contributionChanges, contributionsByPartner, type ContributionChange } from './contributions';
import type { CouncilCategoryMap } from './councilCategories';
import type { Phase } from './phase';
import { isActiveOn, partners, type Partner, type Placement } from './placement';
import { addYearCosts, placementCostInYearAndWindow, type PlacementYearCost } from './placementCosts';
import { independentSectorShare, type SectorShare } from './sectorShare';
import { settingTypeOf } from './settingTypes';
import { aboveNotionalThreshold, notionalSenThreshold, topUpAnalysis, type AboveThreshold } from './topUps';

/** What a summary is asked for. */
export interface SummaryOptions {
  readonly asAt: IsoDate;
  readonly financialYear: FinancialYear;
  readonly categoryMap: CouncilCategoryMap;
  readonly notionalSenThreshold?: Pence;
  /** An earlier register and its year, for the change in partner contributions. */
  readonly previous?: {
    readonly placements: readonly Placement[];
    readonly financialYear: FinancialYear;
    readonly asAt: IsoDate;
  };
}

/** The register's value-for-money figures for one financial year, as at one date. */
export interface PlacementSummary {
  readonly asAt: IsoDate;
  readonly financialYear: FinancialYear;
  /** Placements open on the as-at date. */
  readonly placements: number;
  /** Children (EHCPs) with a placement open on the as-at date. */
  readonly children: number;
  /** Gross cost in the financial year of every placement on the register. */
  readonly totalCost: Pence;
  readonly costInYear: PlacementYearCost;
  /** Gross cost in the financial year by DfE category (every placement on the register, open or not). */
  readonly spendByCategory: Record<PlacementCategory, Pence>;
  readonly averageCostByCategory: Record<PlacementCategory, AverageCost>;
  readonly averageCostByPhase: Record<Phase, AverageCost>;
  readonly averageCostByCategoryAndPhase: Record<PlacementCategory, Record<Phase, AverageCost>>;
  readonly averageCostByCouncilCategory: Record<string, AverageCost>;
  /** totalCost / children (the register's version of KPI 37). */
  readonly averageCostOfEhcp: Pence | null;
  readonly independentSector: SectorShare;
  readonly independentSectorSharePct: number | null;
  readonly commitments: Commitments;
  readonly contributionsByPartner: Record<Partner, Pence>;
  /** Against the previous register's year; null when there is none. */
  readonly contributionChanges: {
    readonly previousAsAt: IsoDate;
    readonly previousYear: FinancialYear;
    readonly rows: ContributionChange[];
    readonly total: ContributionChange<'total'>;
  } | null;
  readonly topUps: AverageCost;
  readonly aboveNotionalThreshold: AboveThreshold;
}

/** Every figure of the register summary, from the placements of one snapshot. */
export function summarisePlacements(
  placements: readonly Placement[],
  options: SummaryOptions,
): PlacementSummary {
  const { asAt, financialYear: fy } = options;
  const window = spendToDateWindow(fy, asAt);
  const costs = placements.map((p) => placementCostInYearAndWindow(p, fy, window));
  const yearCosts = costs.map((c) => c.year);
  const costInYear = addYearCosts(yearCosts);
  const children = childrenOn(placements, asAt);
  const spendByCategory = Object.fromEntries(placementCategories.map((c) => [c, 0])) as Record<
    PlacementCategory,
    Pence
  >;
  placements.forEach(
    (p, i) => (spendByCategory[settingTypeOf(p.settingType).category] += yearCosts[i]!.gross),
  );
  const independentSector = independentSectorShare(placements, fy, yearCosts);
  const contributions = { ...costInYear.contributions };
  let changes: PlacementSummary['contributionChanges'] = null;
  if (options.previous) {
    const previous = contributionsByPartner(options.previous.placements, options.previous.financialYear);
    changes = {
      previousAsAt: options.previous.asAt,
      previousYear: options.previous.financialYear,
      ...contributionChanges(contributions, previous, partners),
    };
  }
  return {
    asAt,
    financialYear: fy,
    placements: placements.filter((p) => isActiveOn(p, asAt)).length,
    children,
    totalCost: costInYear.gross,
    costInYear,
    spendByCategory,
    averageCostByCategory: averageCostByCategory(placements, asAt),
    averageCostByPhase: averageCostByPhase(placements, asAt),
    averageCostByCategoryAndPhase: averageCostByCategoryAndPhase(placements, asAt),
    averageCostByCouncilCategory: averageCostByCouncilCategory(placements, asAt, options.categoryMap),
    averageCostOfEhcp: averageCostOfEhcp(costInYear.gross, children),
    independentSector,
    independentSectorSharePct: independentSector.sharePct,
    commitments: commitments(placements, fy, asAt, costs),
    contributionsByPartner: contributions,
    contributionChanges: changes,
    topUps: topUpAnalysis(placements, asAt),
    aboveNotionalThreshold: aboveNotionalThreshold(
      placements,
      asAt,
      options.notionalSenThreshold ?? notionalSenThreshold,
    ),
  };
}
