import {
  CaseStaffOnly,
  Category,
  DataCategory,
  UUID,
  connectionType,
  pageRequest,
  requireFirst,
  type Connection,
  type HubContext,
  IdempotencyKeyArg,
  AfterArg,
  FirstArg,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Report } from '../report/report.entity';
import { ReportService } from '../report/report.service';
import { ReportCaseInput, ReportInput } from '../report/report.types';
import { Case } from './case.entity';
import { CaseSearch, searchCases } from './case.search';
import { CaseService } from './case.service';
import { CaseStatus, CloseCaseInput } from './case.types';
import { CaseWorkflow } from './case.workflow';

const CaseConnection = connectionType('Case', Case, {
  totalCount: true,
  description:
    'A page of the cases you may see. totalCount counts only those (for a partner, the cases it holds grants for).',
});

const ReportConnection = connectionType('Report', Report, {
  totalCount: true,
  description: 'A page of reports (Centre case staff, who see every report: totalCount is given).',
});

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, {
    nullable: true,
    description: 'A case by id; null when it does not exist or you may not see it.',
  })
  case(
    @Arg('id', () => ID, { description: 'The case id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<Case | null> {
    return new CaseService(ctx).byId(id);
  }

  @Query(() => Case, {
    nullable: true,
    description: 'A case by its pseudonymous code; null when not visible to you.',
  })
  caseByCode(
    @Arg('code', { description: 'The pseudonymous code the case was given when it was reported.' })
    code: string,
    @Ctx() ctx: HubContext,
  ): Promise<Case | null> {
    return new CaseService(ctx).byCode(code);
  }

  @Query(() => [Case], { description: 'The cases you may see, newest first.' })
  cases(
    @Ctx() ctx: HubContext,
    @Arg('status', () => CaseStatus, { nullable: true, description: 'Only cases in this status.' })
    status: CaseStatus | null | undefined,
    @FirstArg(50) first: number,
  ): Promise<Case[]> {
    requireFirst(first);
    return new CaseService(ctx).list({ status, first });
  }

  @Query(() => CaseConnection, {
    description:
      'The cases you may see, newest first, a page at a time (Relay cursors), with search: code, status, case worker and dates for everyone; text and municipality for Centre case staff.',
  })
  casesConnection(
    @Ctx() ctx: HubContext,
    @Arg('search', () => CaseSearch, { nullable: true, description: 'What to look for.' })
    search: CaseSearch | null | undefined,
    @FirstArg(50) first: number,
    @AfterArg() after?: string | null,
  ): Promise<Connection<Case>> {
    return searchCases(ctx, search, pageRequest(first, after));
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => [Report], {
    description: 'The reports through which the case came in, oldest first.',
  })
  reports(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<Report[]> {
    return new ReportService(ctx).forCase(kase.id);
  }

  @Query(() => Boolean, {
    description:
      'Whether you may see this category of this case now, by the same rule every field follows (and recorded the same way). Lets a client show only what it may open; false for a case that does not exist.',
  })
  async canSee(
    @Arg('caseId', () => ID, { description: 'The case.' }) caseId: string,
    @Arg('category', () => DataCategory, { description: 'The data category to ask about.' })
    category: DataCategory,
    @Ctx() ctx: HubContext,
  ): Promise<boolean> {
    if (!UUID.test(caseId) || !(await ctx.em.count(Case, { id: caseId }))) {
      return false;
    }
    return (await ctx.consent.check(caseId, category)).allowed;
  }

  @Query(() => [Report], {
    description:
      'Reports whose first contact is past due (24 hours after receipt) and not yet made: most urgent first, then the longest overdue (Centre case staff).',
  })
  overdueReports(@Ctx() ctx: HubContext, @FirstArg(100) first: number): Promise<Report[]> {
    requireFirst(first);
    return new ReportService(ctx).overdue(first);
  }

  @Query(() => ReportConnection, {
    description:
      'Reports whose first contact is past due, a page at a time (Relay cursors): most urgent first, then the longest overdue (Centre case staff).',
  })
  overdueReportsConnection(
    @Ctx() ctx: HubContext,
    @FirstArg(100) first: number,
    @AfterArg() after?: string | null,
  ): Promise<Connection<Report>> {
    return new ReportService(ctx).overduePage(pageRequest(first, after));
  }

  @CaseStaffOnly()
  @Mutation(() => Case, {
    description:
      'Record a newly reported case and its first report (Centre case staff). The case gets its pseudonymous code; first contact is due within 24 hours.',
  })
  reportCase(
    @Arg('input', () => ReportCaseInput, {
      description:
        'The first report, what is known of the person, and the responsible case worker.',
    })
    input: ReportCaseInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Case> {
    return new CaseWorkflow(ctx).reportCase(input, idempotencyKey);
  }

  @CaseStaffOnly()
  @Mutation(() => Report, {
    description: 'Record a further report on an open case (Centre case staff).',
  })
  addReport(
    @Arg('caseId', () => ID, { description: 'The case the new report is about.' }) caseId: string,
    @Arg('input', () => ReportInput, {
      description: 'The report: channel, reporting partner, urgency, when it was received.',
    })
    input: ReportInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Report> {
    return new CaseWorkflow(ctx).addReport(caseId, input, idempotencyKey);
  }

  @CaseStaffOnly()
  @Mutation(() => Report, {
    description: 'Record when the Centre first reached the person on a report (Centre case staff).',
  })
  recordFirstContact(
    @Arg('reportId', () => ID, {
      description: 'The report whose first contact with the person took place.',
    })
    reportId: string,
    @Ctx() ctx: HubContext,
    @Arg('at', () => Date, { nullable: true, description: 'When; now when left out.' })
    at?: Date | null,
  ): Promise<Report> {
    return new CaseWorkflow(ctx).recordFirstContact(reportId, at);
  }

  @CaseStaffOnly()
  @Mutation(() => Case, {
    description:
      'Move a case into identification, or into support (Centre case staff). Identification decisions and closing have their own mutations.',
  })
  changeCaseStatus(
    @Arg('caseId', () => ID, { description: 'The case to move.' }) caseId: string,
    @Arg('status', () => CaseStatus, {
      description:
        'The status to move it to; only the next steps of the case workflow are allowed.',
    })
    status: CaseStatus,
    @Ctx() ctx: HubContext,
  ): Promise<Case> {
    return new CaseWorkflow(ctx).changeStatus(caseId, status);
  }

  @CaseStaffOnly()
  @Mutation(() => Case, {
    description:
      'Close a case with a reason (Centre case staff). A closed case is sealed: from then on it reads as CORE only, unless a supervisor opens break-glass access.',
  })
  closeCase(
    @Arg('input', () => CloseCaseInput, { description: 'The case, why it is closed, and a note.' })
    input: CloseCaseInput,
    @Ctx() ctx: HubContext,
  ): Promise<Case> {
    return new CaseWorkflow(ctx).close(input);
  }
}
