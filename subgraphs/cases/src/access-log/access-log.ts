import {
  Category,
  DataCategory,
  byKey,
  connectionType,
  keysetPage,
  pageRequest,
  requireFirst,
  UUID,
  type Connection,
  type HubContext,
  requireCaseStaff,
} from '@hub/common';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { accessLogStore, type AccessLogRecord } from './access-log.store';

@ObjectType({
  description:
    'One decision about access to a case: who, which partner, which categories, on what basis, when.',
})
export class AccessLogEntry {
  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'Identifies this access log entry across the hub (a UUID).' })
  id!: string;

  caseId!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'When it happened.' })
  at!: Date;

  @Category(DataCategory.CORE)
  @Field({ description: 'The user (token subject).' })
  actor!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'The partner the user acted for.' })
  partner!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'ALLOWED or DENIED.' })
  decision!: string;

  @Category(DataCategory.CORE)
  @Field(() => [DataCategory], { description: 'The categories decided on.' })
  categories!: DataCategory[];

  @Category(DataCategory.CORE)
  @Field({
    description: 'GRANT:<grant ids>, CENTRE_ROLE, BREAK_GLASS:<session id>, or why it was refused.',
  })
  basis!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'True when access came through break-glass.' })
  breakGlass!: boolean;

  @Category(DataCategory.CORE)
  @Field(() => String, {
    nullable: true,
    description: 'The operation name, when the client gave one.',
  })
  operation?: string | null;

  @Category(DataCategory.CORE)
  @Field(() => [String], {
    description:
      'When a live update was read once for several subscribers: all of them (each saw it).',
  })
  audience!: string[];

  @Category(DataCategory.CORE)
  @Field({ description: 'The subgraph that decided.' })
  subgraph!: string;
}

const AccessLogConnection = connectionType('AccessLogEntry', AccessLogEntry, {
  totalCount: false,
  description: 'A page of a case’s access log, newest first.',
});

@Resolver()
export class AccessLogResolver {
  @Query(() => [AccessLogEntry], {
    nullable: true,
    description:
      'Who saw, or was refused, what of a case, newest first (Centre case workers and supervisors).',
  })
  async caseAccessLog(
    @Arg('caseId', () => ID, { description: 'The case whose access log to read.' }) caseId: string,
    @Arg('first', () => Int, { defaultValue: 200, description: 'At most this many (1–1000).' })
    first: number,
    @Ctx() ctx: HubContext,
  ): Promise<AccessLogEntry[] | null> {
    requireCaseStaff(ctx.caller, {
      refusal: 'Only Centre case workers and supervisors read the access log.',
    });
    requireFirst(first, 1000);
    const records = await accessLogStore.newestOfCase(
      ctx.em,
      UUID.test(caseId) ? caseId : NO_CASE,
      first,
    );
    return records.map(toEntry);
  }

  @Query(() => AccessLogConnection, {
    nullable: true,
    description:
      'Who saw, or was refused, what of a case, newest first, a page at a time (Relay cursors; Centre case workers and supervisors).',
  })
  caseAccessLogConnection(
    @Arg('caseId', () => ID, { description: 'The case whose access log to read.' }) caseId: string,
    @Arg('first', () => Int, { defaultValue: 200, description: 'At most this many (1–500).' })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The endCursor of the page before; leave out for the first page.',
    })
    after: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Connection<AccessLogEntry>> {
    requireCaseStaff(ctx.caller, {
      refusal: 'Only Centre case workers and supervisors read the access log.',
    });
    return keysetPage(
      ctx.em,
      accessLogStore.pageOfCase(UUID.test(caseId) ? caseId : NO_CASE),
      pageRequest(first, after),
      async (ids) =>
        byKey(ids, (await accessLogStore.byIds(ctx.em, ids)).map(toEntry), (entry) => entry.id),
    );
  }
}

/** The id of no case: a caseId that is not a UUID matches no row (and never reaches the parser). */
const NO_CASE = '00000000-0000-0000-0000-000000000000';

const toEntry = (record: AccessLogRecord): AccessLogEntry =>
  Object.assign(new AccessLogEntry(), record);
