import { Allow } from 'class-validator';
import { Count } from '@hub/common';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type { Period } from './period';
import type { PopulationName } from './populations';

export { Count };

@ObjectType({ description: 'One value of a breakdown and its count.' })
export class CountBy {
  @Field({
    description:
      'The value code (an enum code of the hub, an ISO country code, an age band, or a month YYYY-MM).',
  })
  key!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For nested breakdowns (age bands under CHILD / ADULT), the value this one is part of.',
  })
  parent!: string | null;

  @Field(() => Count, { description: 'How many.' })
  count!: Count;
}

@InputType({
  description:
    'The period: a calendar year, a quarter or a month of it, or from–to when that is exactly such a period. Other ranges are refused (PERIOD_NOT_ALIGNED): they would let suppressed cells be worked out by difference.',
})
export class StatisticsPeriodInput {
  @Field(() => Int, { nullable: true, description: 'The calendar year.' })
  @Allow()
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'A quarter of the year, 1–4.' })
  @Allow()
  quarter?: number | null;

  @Field(() => Int, { nullable: true, description: 'A month of the year, 1–12.' })
  @Allow()
  month?: number | null;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD (with to).' })
  @Allow()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD (with from).' })
  @Allow()
  to?: string | null;
}

@ObjectType({ description: 'The period figures are for.' })
export class StatisticsPeriod {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'Last day, YYYY-MM-DD.' })
  to!: string;
}

/** What a figures object carries to its field resolvers. */
export interface FiguresSource {
  population: PopulationName;
  period: Period;
  area: string;
}

@ObjectType({
  description:
    'The figures of one kind of thing counted (reports, identified victims, …) for the period and area: the total, each month, and breakdowns by name.',
})
export class Figures {
  source!: FiguresSource;
}

@ObjectType({
  description:
    'Statistics for a period and area, counting only cases whose person agreed to be counted (statisticsConsent).',
})
export class StatisticsReport {
  periodValue!: Period;
  area!: string;
}

@ObjectType({
  description:
    'A published sum (nights, or an amount in RSD). A sum to which fewer than 11 cases contribute, and sums withheld with it so that it cannot be worked out from others, has value null and suppressed true: show it as "fewer than 11 cases".',
})
export class Sum {
  @Field(() => Float, { nullable: true, description: 'The sum; null when suppressed.' })
  value!: number | null;

  @Field({
    description: 'Whether the sum is withheld (from fewer than 11 cases, or protecting one).',
  })
  suppressed!: boolean;
}

@ObjectType({ description: 'One value of a breakdown and its sum.' })
export class SumBy {
  @Field({ description: 'The value code, or a month YYYY-MM.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'The value this one is part of, if any.' })
  parent!: string | null;

  @Field(() => Sum, { description: 'How much.' })
  sum!: Sum;
}

@ObjectType({
  description:
    'Sums of one measure (nights, amounts) for the period and area: the total, each month, and breakdowns by name. Each case adds what it had; a sum is published only where at least 11 cases contribute.',
})
export class Sums {
  source!: FiguresSource;
}
