import { Category, DataCategory, refTo, type HubContext } from '@hub/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { PartnerRef } from '../partner/partner.ref';
import { Report } from './report.entity';

@Resolver(() => Report)
export class ReportResolver {
  @Category(DataCategory.CORE)
  @FieldResolver(() => PartnerRef, {
    nullable: true,
    description: 'The partner that reported, if a partner did.',
  })
  reportingPartner(@Root() report: Report): PartnerRef | null {
    return refTo(PartnerRef, report.reportingPartnerCode, 'code');
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => Case, { nullable: true, description: 'The case the report belongs to.' })
  case(@Root() report: Report, @Ctx() ctx: HubContext): Promise<Case | null> {
    return new CaseService(ctx).byId(report.case.id);
  }
}
