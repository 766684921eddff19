import {
  byKey,
  consentRequired,
  keysetPage,
  recordEvent,
  requireCaseStaff,
  childrenOf,
  type Connection,
  type DataCategory,
  type HubContext,
  type PageRequest,
} from '@hub/common';
import { type Case } from '../case/case.entity';
import { openCaseForChange } from '../case/case.workflow';
import { PersonChange } from './person-change.entity';
import { historyCategories, PERSON_FIELD_CATEGORY, type PersonChangeInput } from './person.input';

type PersonField = keyof PersonChangeInput;

/** A value as stored: strings trimmed, nested inputs as plain objects, absent parts as null. */
function stored(value: unknown): unknown {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'string') {
    return value.trim();
  }
  if (Array.isArray(value)) {
    return value.map(stored);
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, part]) => [key, stored(part)]),
    );
  }
  return value;
}

/** The event type an entry of `category` is announced as (the event's category follows it). */
export const personChangeEntity = (category: DataCategory) => `PersonChange:${category}`;

/**
 * The person record after intake: facts entered and corrected by Centre case staff, each
 * changed field kept in the history with the value it replaced, and announced as an event of its
 * own category, so that knowing a health fact changed needs HEALTH consent.
 */
export class PersonService {
  constructor(private readonly ctx: HubContext) {}

  async change(caseId: string, input: PersonChangeInput): Promise<Case> {
    requireCaseStaff(this.ctx.caller, 'Correcting the person record');
    return this.ctx.em.transactional(async (em) => {
      const kase = await openCaseForChange(em, caseId);
      const person = kase.person as unknown as Record<PersonField, unknown>;
      const changes: PersonChange[] = [];
      // One change, one time: its entries are told apart (and ordered) by field.
      const changedAt = new Date();
      for (const field of Object.keys(PERSON_FIELD_CATEGORY) as PersonField[]) {
        if (input[field] === undefined) {
          continue;
        }
        const value = stored(input[field]);
        const previous = stored(person[field]);
        if (JSON.stringify(previous) === JSON.stringify(value)) {
          continue;
        }
        person[field] = value;
        changes.push(
          em.create(PersonChange, {
            case: kase,
            field,
            categories: historyCategories(field),
            previous,
            value,
            changedBy: this.ctx.caller.sub,
            changedAt,
          }),
        );
      }
      await em.flush();
      for (const change of changes) {
        await recordEvent(em, this.ctx, {
          type: 'PERSON_CHANGED',
          caseId: kase.id,
          entityType: personChangeEntity(PERSON_FIELD_CATEGORY[change.field as PersonField]),
          entityId: change.id,
        });
      }
      return kase;
    });
  }

  /**
   * The changes to the person record, oldest first (one change's fields by name): only those whose every category the caller
   * may see (each decision recorded), so what is hidden leaves no trace, not even a count.
   */
  async history(caseId: string): Promise<PersonChange[]> {
    const rows = await childrenOf(this.ctx, PersonChange, 'case', caseId, {
      orderBy: {
        changedAt: 'asc',
        field: 'asc',
      },
    });
    const visible = await Promise.all(rows.map((row) => this.maySee(row)));
    return rows.filter((_, index) => visible[index]);
  }

  /**
   * The history a page at a time, in the same order (then by id): an entry the caller may not
   * see is left out of its page, and no count is given, so what is hidden leaves no trace.
   */
  historyPage(caseId: string, page: PageRequest): Promise<Connection<PersonChange>> {
    return keysetPage(
      this.ctx.em,
      {
        from: 'from cases.person_change pc where pc.case_id = ?',
        params: [caseId],
        keys: [
          { sql: 'pc.changed_at', type: 'timestamptz' },
          { sql: 'pc.field', type: 'text' },
        ],
        id: 'pc.id',
        direction: 'asc',
      },
      page,
      async (ids) => {
        const rows = await this.ctx.em.find(PersonChange, { id: { $in: ids } });
        const visible = await Promise.all(rows.map((row) => this.maySee(row)));
        return byKey(
          ids,
          rows.filter((_, index) => visible[index]),
          (row) => row.id,
        );
      },
    );
  }

  /** A value of an entry, or CONSENT_REQUIRED naming the first category not granted. */
  async valueOf(row: PersonChange, which: 'previous' | 'value'): Promise<string | null> {
    for (const category of row.categories) {
      if (!(await this.ctx.consent.check(row.case.id, category)).allowed) {
        throw consentRequired(category);
      }
    }
    const value = row[which];
    return value === null || value === undefined ? null : JSON.stringify(value);
  }

  private async maySee(row: PersonChange): Promise<boolean> {
    const verdicts = await Promise.all(
      row.categories.map((category) => this.ctx.consent.check(row.case.id, category)),
    );
    return verdicts.every((verdict) => verdict.allowed);
  }
}
