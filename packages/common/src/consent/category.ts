import { Directive } from 'type-graphql';
import { DataCategory } from '../categories';

/** The hub's own directive spec, composed into the supergraph with `@composeDirective`. */
export const CONSENT_SPEC_URL = 'https://specs.coordination-hub.rs/consent/v1.0';

/**
 * Marks a field of a case-related type with the data category it belongs to. The mark is in the
 * SDL (`@category(name: HEALTH)`), in the composed supergraph, and is what enforcement reads.
 * Fields outside CORE must be nullable: a refused field resolves to null with an error.
 */
export const Category = (category: DataCategory) => Directive(`@category(name: ${category})`);

/** SDL every subgraph carries so the directive and its argument type compose identically. */
export const CATEGORY_DIRECTIVE_SDL = `directive @category(name: DataCategory!) on FIELD_DEFINITION`;

export const DATA_CATEGORY_ENUM_SDL = `enum DataCategory {\n${Object.values(DataCategory)
  .map((value) => `  ${value}`)
  .join('\n')}\n}`;

/** The property a parent's wrapped resolver stamps on nested value objects (Person, …). */
export const CASE_ID = Symbol.for('coordination-hub.caseId');

/** How to find the case a value of a case-related type belongs to. */
export type CaseIdOf = (source: Record<string | symbol, unknown>) => string | null | undefined;

/**
 * How to find the case of a value of one type, written against that type, so a renamed property
 * fails to compile rather than refusing every field at run time. The subgraph's resolvers hand the
 * schema values of exactly that type, which is what makes the one cast here sound.
 */
export const caseOf = <T>(find: (value: T) => string | null | undefined): CaseIdOf =>
  find as unknown as CaseIdOf;

/** Value objects without an id of their own take the case id their parent stamped on them. */
export const stampedCaseId: CaseIdOf = (source) => source[CASE_ID] as string | undefined;

/** The partner that wrote a value of an authored type (a partner's own report), if one did. */
export type AuthorOf = (source: Record<string | symbol, unknown>) => string | null | undefined;

/** How to find the partner that wrote a value of one authored type, written against that type. */
export const authorOf = <T>(find: (value: T) => string | null | undefined): AuthorOf =>
  find as unknown as AuthorOf;
