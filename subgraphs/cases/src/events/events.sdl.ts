/**
 * The live API, published by the cases subgraph so it is part of the composed supergraph (and so
 * of introspection), but served by the gateway over graphql-ws: each event's entities are
 * resolved by running the subscriber's own selection through the gateway under their identity.
 */
export const EVENTS_SDL = /* GraphQL */ `
  """
  Something that happened, as a live update. Events carry ids; the entities they name are read
  with your own selection and your own consent, when the event is delivered.
  """
  type HubEvent {
    """
    The event's position in the hub's event log: pass it as \`after\` to resume from here.
    """
    id: ID! @category(name: CORE)

    """
    What happened, e.g. CONFERENCE_ENTRY_RECORDED, REFERRAL_ACCEPTED, CONSENT_REVOKED.
    """
    type: String! @category(name: CORE)

    """
    When it happened.
    """
    at: DateTimeISO! @category(name: CORE)

    """
    The case it happened to, as you may see it now.
    """
    case: Case @category(name: CORE)

    """
    The case conference it concerns, if any.
    """
    conference: CaseConference @category(name: CONFERENCE)

    """
    The conference entry (minute, decision, action item) it concerns, if any.
    """
    entry: ConferenceEntry @category(name: CONFERENCE)

    """
    The referral it concerns, if any.
    """
    referral: Referral @category(name: PLAN)

    """
    The partner report it concerns, if any (intakeEvents).
    """
    partnerReport: PartnerReport @category(name: CORE)
  }

  type Referral @key(fields: "id", resolvable: false) {
    id: ID!
  }

  """
  Live events over graphql-ws on the same /graphql path; each payload is filtered by the same consent rules as a query.
  """
  type Subscription {
    """
    Everything that happens to a case you may see. Needs access to the case; ends with
    CONSENT_REVOKED when that access is withdrawn. \`after\` replays what you missed first.
    """
    caseEvents(
      """
      The case to follow.
      """
      caseId: ID!
      """
      The id of the last event you saw; what came after it is replayed first. Leave out to start from now.
      """
      after: ID
    ): HubEvent!

    """
    A case conference as it is held: scheduling, going live, each minute, decision and action item,
    closing. Needs CONFERENCE consent on its case. \`after\` replays what you missed first.
    """
    conferenceEvents(
      """
      The case conference to follow.
      """
      conferenceId: ID!
      """
      The id of the last event you saw; what came after it is replayed first. Leave out to start from now.
      """
      after: ID
    ): HubEvent!

    """
    The referrals your partner provides: made, withdrawn, and your own answers to them.
    """
    myReferralEvents(
      """
      The id of the last event you saw; what came after it is replayed first. Leave out to start from now.
      """
      after: ID
    ): HubEvent!

    """
    The Centre's intake as it arrives: every report a partner submits (Centre case staff).
    \`after\` replays what you missed first.
    """
    intakeEvents(
      """
      The id of the last event you saw; what came after it is replayed first. Leave out to start from now.
      """
      after: ID
    ): HubEvent!
  }
`;
