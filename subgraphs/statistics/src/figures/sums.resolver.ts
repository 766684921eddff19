import { ErrorCode, HubError, type HubContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FiguresService } from './figures.service';
import { StatisticsReport, Sum, SumBy, Sums } from './figures.types';
import type { PopulationName } from './populations';
import { settings } from '../settings';

const sumsOf = (report: StatisticsReport, population: PopulationName): Sums => ({
  source: { population, period: report.periodValue, area: report.area },
});

const service = (ctx: HubContext) => new FiguresService(ctx, settings.minCell, settings.dominance);
const asSums = (cells: { key: string; parent: string | null; count: Sum }[]) =>
  cells.map(({ key, parent, count }) => ({ key, parent, sum: count }));

@Resolver(() => StatisticsReport)
export class StatisticsSumsResolver {
  @FieldResolver(() => Sums, {
    description:
      'Nights spent in accommodation the Centre arranged (the Shelter and other placements), by the month of the night. Breakdown: kind (CENTRE_SHELTER is the Shelter).',
  })
  nights(@Root() report: StatisticsReport): Sums {
    return sumsOf(report, 'nights');
  }

  @FieldResolver(() => Sums, {
    description:
      'Compensation claimed, in RSD, by claims filed in the period (month filed). Breakdown: status (now; PAID when paid).',
  })
  compensationClaimed(@Root() report: StatisticsReport): Sums {
    return sumsOf(report, 'compensationClaimed');
  }

  @FieldResolver(() => Sums, {
    description: 'Compensation paid, in RSD, on claims filed in the period (month filed).',
  })
  compensationPaid(@Root() report: StatisticsReport): Sums {
    return sumsOf(report, 'compensationPaid');
  }
}

@Resolver(() => Sums)
export class SumsResolver {
  @FieldResolver(() => Sum, { description: 'The total for the period and area.' })
  total(@Root() sums: Sums, @Ctx() ctx: HubContext) {
    const { population, period, area } = sums.source;
    return service(ctx).total(population, period, area);
  }

  @FieldResolver(() => [SumBy], { description: 'The total of each month of the period.' })
  async byMonth(@Root() sums: Sums, @Ctx() ctx: HubContext) {
    const { population, period, area } = sums.source;
    return asSums(await service(ctx).byMonth(population, period, area));
  }

  @FieldResolver(() => [String], { description: 'The names of the breakdowns these sums have.' })
  breakdowns(@Root() sums: Sums, @Ctx() ctx: HubContext): string[] {
    return service(ctx).breakdownNames(sums.source.population);
  }

  @FieldResolver(() => [SumBy], {
    description: 'The sums by one breakdown (see the field that returned these sums).',
  })
  async breakdown(
    @Root() sums: Sums,
    @Arg('name', { description: 'The breakdown, e.g. "kind".' }) name: string,
    @Ctx() ctx: HubContext,
  ) {
    const { population, period, area } = sums.source;
    const cells = await service(ctx).breakdown(population, name, period, area);
    if (!cells) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, `There is no breakdown "${name}" here.`, {
        field: 'name',
      });
    }
    return asSums(cells);
  }
}
