import { ErrorCode, HubError, type HubContext } from '@hub/common';
import { Allow } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { FiguresService, requireStatisticsRole } from './figures.service';
import {
  Count,
  CountBy,
  Figures,
  StatisticsPeriod,
  StatisticsPeriodInput,
  StatisticsReport,
} from './figures.types';
import { parseArea, parsePeriod, shiftYears } from './period';
import type { PopulationName } from './populations';
import { settings } from '../settings';

@ArgsType()
class StatisticsArgs {
  @Field(() => StatisticsPeriodInput, { description: 'The calendar year, quarter or month.' })
  @Allow()
  period!: StatisticsPeriodInput;

  @Field(() => String, {
    nullable: true,
    description:
      'Only people of this statistical region: BEOGRAD, VOJVODINA, SUMADIJA_AND_WESTERN_SERBIA, SOUTHERN_AND_EASTERN_SERBIA, KOSOVO_AND_METOHIJA, UNKNOWN.',
  })
  @Allow()
  region?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only people of this municipality (as recorded, Serbian Cyrillic).',
  })
  @Allow()
  municipality?: string | null;
}

const figuresOf = (report: StatisticsReport, population: PopulationName): Figures => ({
  source: { population, period: report.periodValue, area: report.area },
});

const service = (ctx: HubContext) => new FiguresService(ctx, settings.minCell, settings.dominance);

@Resolver(() => StatisticsReport)
export class StatisticsResolver {
  @Query(() => StatisticsReport, {
    description:
      'Figures for the annual report (Centre analysts and supervisors only): a calendar year, quarter or month, nationally or for a region or municipality. Only cases with statistics consent are counted; small cells are suppressed.',
  })
  statistics(
    @Args(() => StatisticsArgs) args: StatisticsArgs,
    @Ctx() ctx: HubContext,
  ): StatisticsReport {
    requireStatisticsRole(ctx.caller);
    return {
      periodValue: parsePeriod(args.period),
      area: parseArea(args.region, args.municipality),
    };
  }

  @FieldResolver(() => StatisticsPeriod, { description: 'The period.' })
  period(@Root() report: StatisticsReport): StatisticsPeriod {
    return report.periodValue;
  }

  @FieldResolver(() => String, {
    description: 'The area: N (national), R:<region> or M:<municipality>.',
  })
  areaNode(@Root() report: StatisticsReport): string {
    return report.area;
  }

  @FieldResolver(() => [StatisticsReport], {
    description:
      'The same period and area in each of the previous years, most recent first (the "most in five years" comparison).',
  })
  previousYears(
    @Root() report: StatisticsReport,
    @Arg('years', () => Int, { defaultValue: 5, description: 'How many years back, 1–10.' })
    years: number,
  ): StatisticsReport[] {
    if (!Number.isInteger(years) || years < 1 || years > 10) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'years is 1–10.', { field: 'years' });
    }
    return Array.from({ length: years }, (_, i) => ({
      periodValue: shiftYears(report.periodValue, i + 1),
      area: report.area,
    }));
  }

  @FieldResolver(() => Figures, {
    description:
      'Reports received. Breakdowns: channel, partnerType (kind of reporting partner; NONE when no partner).',
  })
  reports(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'reports');
  }

  @FieldResolver(() => Figures, {
    description: 'Cases opened. Breakdown: status (now).',
  })
  cases(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'cases');
  }

  @FieldResolver(() => Figures, {
    description:
      'Victims identified (first IDENTIFIED decision). Breakdowns: sex, age (CHILD / ADULT with the CTDC bands below them), citizenship, exploitationType and meansOfControl (a person may count under several), scope (INTERNAL / TRANSNATIONAL), recruiterRelation.',
  })
  victims(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'victims');
  }

  @FieldResolver(() => Figures, {
    description: 'Protection plan items made. Breakdowns: serviceType, status (now).',
  })
  planItems(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'planItems');
  }

  @FieldResolver(() => Figures, {
    description: 'Referrals made. Breakdowns: serviceType, status (the outcome, now).',
  })
  referrals(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'referrals');
  }

  @FieldResolver(() => Figures, {
    description:
      'Placements in accommodation begun. Breakdown: kind (CENTRE_SHELTER is the Shelter).',
  })
  placements(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'placements');
  }

  @FieldResolver(() => Figures, {
    description: 'People accommodated during the period; byMonth is occupancy over time.',
  })
  accommodated(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'accommodated');
  }

  @FieldResolver(() => Figures, {
    description: 'Voluntary returns. Breakdown: status.',
  })
  returns(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'returns');
  }

  @FieldResolver(() => Figures, {
    description: 'Humanitarian residence applications. Breakdown: status (now).',
  })
  residencePermits(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'residence');
  }

  @FieldResolver(() => Figures, {
    description: 'Proceedings begun. Breakdowns: kind, stage (now).',
  })
  proceedings(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'proceedings');
  }

  @FieldResolver(() => Figures, {
    description:
      'Hearings held. Breakdown: protectiveMeasure (a hearing may count under several; NONE without).',
  })
  hearings(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'hearings');
  }

  @FieldResolver(() => Figures, {
    description: 'Compensation claims filed. Breakdown: status (now; PAID when paid).',
  })
  compensationClaims(@Root() report: StatisticsReport): Figures {
    return figuresOf(report, 'compensation');
  }
}

@Resolver(() => Figures)
export class FiguresResolver {
  @FieldResolver(() => Count, { description: 'The total for the period and area.' })
  total(@Root() figures: Figures, @Ctx() ctx: HubContext) {
    const { population, period, area } = figures.source;
    return service(ctx).total(population, period, area);
  }

  @FieldResolver(() => [CountBy], { description: 'The total of each month of the period.' })
  byMonth(@Root() figures: Figures, @Ctx() ctx: HubContext) {
    const { population, period, area } = figures.source;
    return service(ctx).byMonth(population, period, area);
  }

  @FieldResolver(() => [String], { description: 'The names of the breakdowns this figure has.' })
  breakdowns(@Root() figures: Figures, @Ctx() ctx: HubContext): string[] {
    return service(ctx).breakdownNames(figures.source.population);
  }

  @FieldResolver(() => [CountBy], {
    description: 'The counts by one breakdown (see the field that returned these figures).',
  })
  async breakdown(
    @Root() figures: Figures,
    @Arg('name', { description: 'The breakdown, e.g. "sex".' }) name: string,
    @Ctx() ctx: HubContext,
  ) {
    const { population, period, area } = figures.source;
    const cells = await service(ctx).breakdown(population, name, period, area);
    if (!cells) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, `There is no breakdown "${name}" here.`, {
        field: 'name',
      });
    }
    return cells;
  }
}
