import {
  Category,
  connectionType,
  DataCategory,
  IdempotencyKeyArg,
  pageRequest,
  PartnerUserOnly,
  refTo,
  requireFirst,
  type Connection,
  type HubContext,
  AfterArg,
  FirstArg,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { PartnerRef } from '../partner/partner.ref';
import { PartnerReport } from './partner-report.entity';
import { PartnerReportService } from './partner-report.service';
import { PartnerReportInput } from './partner-report.types';

const PartnerReportConnection = connectionType('PartnerReport', PartnerReport, {
  totalCount: true,
  description:
    'A page of partner reports, newest first. You see every report of the list (your partner’s own, or for Centre case staff the whole intake), so totalCount is given.',
});

@Resolver(() => PartnerReport)
export class PartnerReportResolver {
  @PartnerUserOnly()
  @Mutation(() => PartnerReport, {
    description:
      "Report a possible victim to the Centre (a partner's members and coordinators), with or without the indicator checklist. Opens a case in the Centre's intake; the answer is your receipt: its reference and when the Centre's 24-hour clock started. You read back what you wrote by the reference; nothing else of the case becomes visible to you without a grant.",
  })
  submitReport(
    @Arg('input', () => PartnerReportInput, { description: 'What you report.' })
    input: PartnerReportInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<PartnerReport> {
    return new PartnerReportService(ctx).submit(input, idempotencyKey);
  }

  @Query(() => [PartnerReport], {
    description: "Your partner's own reports, newest first (partner users).",
  })
  myReports(@Ctx() ctx: HubContext, @FirstArg(50) first: number): Promise<PartnerReport[]> {
    requireFirst(first);
    return new PartnerReportService(ctx).mine(first);
  }

  @Query(() => PartnerReportConnection, {
    description:
      "Your partner's own reports a page at a time (Relay cursors), newest first (partner users).",
  })
  myReportsConnection(
    @Ctx() ctx: HubContext,
    @FirstArg(50) first: number,
    @AfterArg() after?: string | null,
  ): Promise<Connection<PartnerReport>> {
    return new PartnerReportService(ctx).minePage(pageRequest(first, after));
  }

  @Query(() => PartnerReport, {
    nullable: true,
    description:
      'A report by its receipt reference: for the partner that submitted it and Centre case staff; null for anyone else.',
  })
  reportByReference(
    @Arg('reference', {
      description: 'The reference your partner gave the report when submitting it.',
    })
    reference: string,
    @Ctx() ctx: HubContext,
  ): Promise<PartnerReport | null> {
    return new PartnerReportService(ctx).byReference(reference);
  }

  @Query(() => PartnerReport, {
    nullable: true,
    description: 'A partner report by id: for the partner that submitted it and Centre case staff.',
  })
  partnerReport(
    @Arg('id', () => ID, { description: 'The partner report id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<PartnerReport | null> {
    return new PartnerReportService(ctx).byId(id);
  }

  @Query(() => [PartnerReport], {
    description:
      "The Centre's intake: reports submitted by partners, newest first (Centre case staff). Live: subscribe to intakeEvents.",
  })
  intakeReports(@Ctx() ctx: HubContext, @FirstArg(50) first: number): Promise<PartnerReport[]> {
    requireFirst(first);
    return new PartnerReportService(ctx).intake(first);
  }

  @Query(() => PartnerReportConnection, {
    description:
      "The Centre's intake a page at a time (Relay cursors), newest first (Centre case staff). A report submitted while you page shows on a fresh first page, never on a later one.",
  })
  intakeReportsConnection(
    @Ctx() ctx: HubContext,
    @FirstArg(50) first: number,
    @AfterArg() after?: string | null,
  ): Promise<Connection<PartnerReport>> {
    return new PartnerReportService(ctx).intakePage(pageRequest(first, after));
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => PartnerRef, { description: 'The partner that submitted the report.' })
  reportingPartner(@Root() row: PartnerReport): PartnerRef {
    return refTo(PartnerRef, row.partnerCode, 'code')!;
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => Case, {
    nullable: true,
    description:
      'The case the report opened, as you may see it: null for the reporting partner until the person consents to share the case with it.',
  })
  case(@Root() row: PartnerReport, @Ctx() ctx: HubContext): Promise<Case | null> {
    return new CaseService(ctx).byId(row.case.id);
  }
}
