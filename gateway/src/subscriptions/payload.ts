import {
  Kind,
  print,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { HubEventRow } from './event-source';

/** How each entity field of HubEvent is read: which root query, with which id from the event. */
const ENTITY_FIELDS: Record<string, { root: string; id: (event: HubEventRow) => string | null }> = {
  case: { root: 'case', id: (e) => e.caseId },
  conference: {
    root: 'conference',
    id: (e) =>
      e.entityType === 'CaseConference'
        ? e.entityId
        : e.entityType === 'ConferenceEntry'
          ? e.parentId
          : null,
  },
  entry: {
    root: 'conferenceEntry',
    id: (e) => (e.entityType === 'ConferenceEntry' ? e.entityId : null),
  },
  referral: { root: 'referral', id: (e) => (e.entityType === 'Referral' ? e.entityId : null) },
  partnerReport: {
    root: 'partnerReport',
    id: (e) => (e.entityType === 'PartnerReport' ? e.entityId : null),
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The fields selected on HubEvent, fragments expanded, @skip/@include applied. */
function collectFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const selection of selectionSet.selections) {
    const skip = selection.directives?.some((d) => {
      const value = d.arguments?.[0]?.value;
      const flag =
        value?.kind === Kind.VARIABLE
          ? variables[value.name.value]
          : value?.kind === Kind.BOOLEAN
            ? value.value
            : undefined;
      return (
        (d.name.value === 'skip' && flag === true) || (d.name.value === 'include' && flag === false)
      );
    });
    if (skip) {
      continue;
    }
    if (selection.kind === Kind.FIELD) {
      out.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(selection.selectionSet, fragments, variables, out);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) {
        collectFields(fragment.selectionSet, fragments, variables, out);
      }
    }
  }
  return out;
}

export interface PayloadPlan {
  /** The query to run for one event under the subscriber's identity, or null if none is needed. */
  query: string | null;
  /**
   * Whether the query asks the cases subgraph if the subscriber may learn of the event at all
   * (its `scope` field, eventScope): every event about a case does.
   */
  scoped: boolean;
  variables: Record<string, unknown>;
  /** Builds the HubEvent value from the event and the query's data. */
  assemble(
    event: HubEventRow,
    data: Record<string, unknown> | null | undefined,
  ): Record<string, unknown>;
  /** Maps an error path of the query back into the subscription's result. */
  errorPath(path: readonly (string | number)[]): (string | number)[];
}

/**
 * Turns the subscriber's selection on HubEvent into the query that reads the event's entities:
 * one root field per entity field (`case(id: …) { their selection }`), with their fragments and
 * the variables they use. `access` adds a field whose null means the subscriber lost access. An
 * event about a case adds `scope`: whether the subscriber may learn that it happened at all, as
 * the cases subgraph decides it (the timeline's rule), asked in the same read as the payload.
 */
export function planPayload(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rootField: FieldNode,
  variables: Record<string, unknown>,
  event: HubEventRow,
  access: { root: string; id: string } | null,
): PayloadPlan {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const rootKey = rootField.alias?.value ?? rootField.name.value;
  const fields = collectFields(rootField.selectionSet!, fragments, variables);
  const parts: string[] = [];
  const entityKeys = new Map<string, string>();
  fields.forEach((field, index) => {
    const entity = ENTITY_FIELDS[field.name.value];
    const key = field.alias?.value ?? field.name.value;
    const id = entity?.id(event);
    if (entity && id && UUID.test(id) && field.selectionSet && !entityKeys.has(key)) {
      entityKeys.set(key, `e${index}`);
      parts.push(`e${index}: ${entity.root}(id: "${id}") ${print(field.selectionSet)}`);
    }
  });
  if (access) {
    parts.push(`access: ${access.root}(id: "${access.id}") { id }`);
  }
  // Fails closed: an event about a case whose id is not one gets no scope field, so no answer.
  const scoped = event.caseId !== null;
  if (scoped && UUID.test(event.caseId!)) {
    parts.push(
      `scope: eventScope(caseId: "${event.caseId}", entityType: ${JSON.stringify(event.entityType)})`,
    );
  }
  let query: string | null = null;
  let usedVariables: Record<string, unknown> = {};
  if (parts.length > 0) {
    // Only the fragments and variables the entity selections use (GraphQL refuses unused ones).
    const needed = new Set<string>();
    const pending = parts.join(' ');
    const spreads = (text: string) =>
      [...text.matchAll(/\.\.\.\s*([_A-Za-z][_0-9A-Za-z]*)/g)].map((m) => m[1]);
    const queue = spreads(pending).filter((name) => name !== 'on');
    while (queue.length) {
      const name = queue.pop()!;
      if (!needed.has(name) && fragments.has(name)) {
        needed.add(name);
        queue.push(...spreads(print(fragments.get(name)!)).filter((n) => n !== 'on'));
      }
    }
    const fragmentText = [...needed].map((name) => print(fragments.get(name)!)).join('\n');
    const used = new Set<string>();
    for (const match of `${pending}\n${fragmentText}`.matchAll(/\$([_A-Za-z][_0-9A-Za-z]*)/g)) {
      used.add(match[1]);
    }
    const definitions = (operation.variableDefinitions ?? []).filter((d: VariableDefinitionNode) =>
      used.has(d.variable.name.value),
    );
    usedVariables = Object.fromEntries(
      definitions.map((d) => [d.variable.name.value, variables[d.variable.name.value]]),
    );
    const declared = definitions.length ? `(${definitions.map((d) => print(d)).join(', ')})` : '';
    const name = `${operation.name?.value ?? 'Subscription'}Event`;
    query = `query ${name}${declared} { ${pending} }\n${fragmentText}`;
  }
  return {
    query,
    scoped,
    variables: usedVariables,
    assemble: (row, data) => {
      const value: Record<string, unknown> = {};
      for (const field of fields) {
        const key = field.alias?.value ?? field.name.value;
        switch (field.name.value) {
          case '__typename':
            value[key] = 'HubEvent';
            break;
          case 'id':
            value[key] = row.id;
            break;
          case 'type':
            value[key] = row.type;
            break;
          case 'at':
            value[key] = row.at.toISOString();
            break;
          default: {
            const alias = entityKeys.get(key);
            value[key] = alias ? (data?.[alias] ?? null) : null;
          }
        }
      }
      return { [rootKey]: value };
    },
    errorPath: (path) => {
      const [first, ...rest] = path;
      const key = [...entityKeys.entries()].find(([, alias]) => alias === first)?.[0];
      return key ? [rootKey, key, ...rest] : [rootKey, ...path];
    },
  };
}
