import { Category, DataCategory } from '@hub/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BreakGlassSession } from '../break-glass/break-glass';
import { PartnerRef } from '../partner/partner.ref';

@ObjectType({
  description:
    'The access log’s hash chain as re-computed before the report was made: every entry from the first up to `lastEntryId` links to the one before it and matches its hash.',
})
export class AccessLogVerification {
  @Category(DataCategory.CORE)
  @Field({ description: 'When the chain was re-computed.' })
  checkedAt!: Date;

  @Category(DataCategory.CORE)
  @Field(() => Int, { description: 'How many entries of the whole log (every case) were checked.' })
  entries!: number;

  @Category(DataCategory.CORE)
  @Field(() => ID, {
    nullable: true,
    description: 'The newest entry verified; the report counts no entry after it.',
  })
  lastEntryId?: string | null;

  @Category(DataCategory.CORE)
  @Field(() => Date, { nullable: true, description: 'When the newest entry verified was written.' })
  lastEntryAt?: Date | null;
}

@ObjectType({
  description:
    'One partner’s accesses to one category of the case with one decision on one kind of basis, over the report’s period.',
})
export class AccessReportLine {
  partnerCode!: string;

  @Category(DataCategory.CORE)
  @Field(() => PartnerRef, {
    nullable: true,
    description:
      'The partner whose users asked (null, with an error, only when the directory is down).',
  })
  partner!: PartnerRef;

  @Category(DataCategory.CORE)
  @Field(() => DataCategory, { description: 'The data category decided on.' })
  category!: DataCategory;

  @Category(DataCategory.CORE)
  @Field({ description: 'ALLOWED (the partner saw it) or DENIED (it was refused).' })
  decision!: string;

  @Category(DataCategory.CORE)
  @Field({
    description:
      'The kind of basis: GRANT (the person’s consent or another recorded legal basis), CENTRE_ROLE (the Centre’s case staff), BREAK_GLASS (a supervisor’s emergency access), AUTHOR (the partner’s own report), or for refusals NONE (no grant), SEALED (the case was closed) or ROLE (the user’s role sees no cases).',
  })
  basis!: string;

  @Category(DataCategory.CORE)
  @Field(() => Int, { description: 'How many access-log entries.' })
  entries!: number;

  @Category(DataCategory.CORE)
  @Field(() => Int, { description: 'How many different users (a shared live update counts each).' })
  users!: number;

  @Category(DataCategory.CORE)
  @Field({ description: 'The first time.' })
  firstAt!: Date;

  @Category(DataCategory.CORE)
  @Field({ description: 'The last time.' })
  lastAt!: Date;
}

@ObjectType({
  description:
    'A person’s own access report for one case: who saw or was refused which data categories, when and on what basis, per partner and category, with the break-glass sessions and their reviews. Made only from an access log whose hash chain verified.',
})
export class CaseAccessReport {
  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'The case the report is about.' })
  caseId!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'The case’s pseudonymous code (the report never names the person).' })
  caseCode!: string;

  @Category(DataCategory.CORE)
  @Field(() => Date, {
    nullable: true,
    description: 'Start of the period: the `from` asked for, else the first entry (null: none).',
  })
  from?: Date | null;

  @Category(DataCategory.CORE)
  @Field({ description: 'End of the period: the `to` asked for, else when the report was made.' })
  to!: Date;

  @Category(DataCategory.CORE)
  @Field(() => AccessLogVerification, {
    description: 'The chain verification the report rests on.',
  })
  verification!: AccessLogVerification;

  @Category(DataCategory.CORE)
  @Field(() => [AccessReportLine], {
    description: 'Per partner, category, decision and basis; ordered by partner, then category.',
  })
  lines!: AccessReportLine[];

  @Category(DataCategory.CORE)
  @Field(() => [BreakGlassSession], {
    description: 'Break-glass sessions on the case that began in the period, oldest first.',
  })
  breakGlassSessions!: BreakGlassSession[];
}
