import { Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { HubEventRow } from './event-source';
import { planPayload } from './payload';

/**
 * A live event carries ids only; the subscriber's own selection is run as a query under their
 * identity, so a payload is filtered by the same consent rules as any read. These are the rules
 * for turning the selection into that query and its answer back into the event.
 */
const CASE = '11111111-1111-4111-8111-111111111111';
const CONFERENCE = '22222222-2222-4222-8222-222222222222';
const ENTRY = '33333333-3333-4333-8333-333333333333';

const entryEvent: HubEventRow = {
  id: '42',
  at: new Date('2026-05-04T10:00:00.000Z'),
  type: 'CONFERENCE_ENTRY_RECORDED',
  caseId: CASE,
  entityType: 'ConferenceEntry',
  entityId: ENTRY,
  parentId: CONFERENCE,
  concerns: null,
};

const plan = (
  source: string,
  variables: Record<string, unknown> = {},
  event = entryEvent,
  access: { root: string; id: string } | null = null,
) => {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const root = operation.selectionSet.selections[0] as FieldNode;
  return planPayload(document, operation, root, variables, event, access);
};

const squash = (text: string | null) => text?.replace(/\s+/g, ' ').trim();

/** Whether the subscriber may learn of the event: asked of the cases subgraph in every read. */
const SCOPE = `scope: eventScope(caseId: "${CASE}", entityType: "ConferenceEntry")`;

describe('the subscription payload planner', () => {
  it('needs no query when only the event itself is selected and it is about no case', () => {
    const planned = plan(
      `subscription { conferenceEvents(conferenceId: "x") { id type at } }`,
      {},
      { ...entryEvent, caseId: null },
    );
    expect(planned.query).toBeNull();
    expect(planned.scoped).toBe(false);
    expect(planned.assemble(entryEvent, null)).toEqual({
      conferenceEvents: {
        id: '42',
        type: 'CONFERENCE_ENTRY_RECORDED',
        at: '2026-05-04T10:00:00.000Z',
      },
    });
  });

  it('reads each selected entity by the id the event names, and puts the answers back', () => {
    const planned = plan(`subscription Live {
      live: conferenceEvents(conferenceId: "x") { type entry { text } conference { status } referral { id } }
    }`);
    expect(squash(planned.query)).toBe(
      squash(`query LiveEvent { e1: conferenceEntry(id: "${ENTRY}") { text }
        e2: conference(id: "${CONFERENCE}") { status } ${SCOPE} }`),
    );
    expect(planned.scoped).toBe(true);
    expect(
      planned.assemble(entryEvent, { e1: { text: 'synthetic' }, e2: { status: 'LIVE' } }),
    ).toEqual({
      live: {
        type: 'CONFERENCE_ENTRY_RECORDED',
        entry: { text: 'synthetic' },
        conference: { status: 'LIVE' },
        referral: null,
      },
    });
    // An error in the read points at the subscription's own field.
    expect(planned.errorPath(['e1', 'text'])).toEqual(['live', 'entry', 'text']);
  });

  it('carries only the fragments and variables the entity reads use', () => {
    const planned = plan(
      `subscription ($conference: ID!, $withCode: Boolean!, $unused: String) {
        conferenceEvents(conferenceId: $conference) { ...Parts }
      }
      fragment Parts on HubEvent { type case { ...CaseBits } }
      fragment CaseBits on Case { status code @include(if: $withCode) }
      fragment Never on Case { id }`,
      { conference: CONFERENCE, withCode: true, unused: 'x' },
    );
    expect(squash(planned.query)).toContain(`e1: case(id: "${CASE}") { ...CaseBits }`);
    expect(planned.query).toContain('fragment CaseBits on Case');
    expect(planned.query).not.toContain('fragment Parts');
    expect(planned.query).not.toContain('Never');
    expect(planned.query).toMatch(/^query SubscriptionEvent\(\$withCode: Boolean!\)/);
    expect(planned.variables).toEqual({ withCode: true });
  });

  it('leaves out fields that @skip or @include turn off', () => {
    const planned = plan(
      `subscription ($full: Boolean!) {
        conferenceEvents(conferenceId: "x") { type case @include(if: $full) { code } entry @skip(if: true) { text } }
      }`,
      { full: false },
    );
    // Nothing of the entities is read; only whether the subscriber may learn of the event.
    expect(squash(planned.query)).toBe(`query SubscriptionEvent { ${SCOPE} }`);
    expect(planned.assemble(entryEvent, null)).toEqual({
      conferenceEvents: { type: 'CONFERENCE_ENTRY_RECORDED' },
    });
  });

  it('never pastes an id that is not a UUID into the query', () => {
    const planned = plan(
      `subscription { caseEvents(caseId: "x") { case { code } } }`,
      {},
      {
        ...entryEvent,
        caseId: '") { id } x: case(id: "',
      },
    );
    expect(planned.query).toBeNull();
    // No scope asked, so no answer: the update fails closed (outcomeOf), never goes out.
    expect(planned.scoped).toBe(true);
    expect(planned.assemble(entryEvent, null)).toEqual({ caseEvents: { case: null } });
  });

  it('adds the access probe whose null tells that the subscriber lost access', () => {
    const planned = plan(`subscription { caseEvents(caseId: "x") { type } }`, {}, entryEvent, {
      root: 'case',
      id: CASE,
    });
    expect(squash(planned.query)).toBe(
      `query SubscriptionEvent { access: case(id: "${CASE}") { id } ${SCOPE} }`,
    );
  });
});
