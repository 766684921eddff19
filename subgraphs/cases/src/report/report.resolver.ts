import { Category, DataCategory, refTo } from '@hub/common';
import { FieldResolver, Resolver, Root } from 'type-graphql';
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
}
