import {
  defaultFieldResolver,
  isObjectType,
  Kind,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { type DataCategory } from '../categories';
import type { HubContext } from '../context';
import { ErrorCode, HubError } from '../errors';
import { CASE_ID, stampedCaseId, type AuthorOf, type CaseIdOf } from './category';
import type { Verdict } from './consent';

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as Promise<unknown> | null)?.then === 'function';

/** The error a refused field carries: it names the category, never the value. */
export const consentRequired = (category: DataCategory) =>
  new HubError(ErrorCode.CONSENT_REQUIRED, `Seeing this needs consent to share ${category} data.`, {
    category,
  });

/** The category a field is marked with in the SDL, if any. */
export function categoryOf(field: GraphQLField<unknown, unknown>): DataCategory | null {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'category');
  const argument = directive?.arguments?.find((a) => a.name.value === 'name');
  if (!argument || argument.value.kind !== Kind.ENUM) {
    return null;
  }
  return argument.value.value as DataCategory;
}

function stamp(value: unknown, caseId: string): unknown {
  if (Array.isArray(value)) {
    value.forEach((item) => stamp(item, caseId));
  } else if (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    !(CASE_ID in value)
  ) {
    Object.defineProperty(value, CASE_ID, { value: caseId, enumerable: false });
  }
  return value;
}

/**
 * Wraps the resolver of every field marked `@category` so that it runs only when the caller may
 * see that category of that case, and otherwise resolves to null with CONSENT_REQUIRED. Entity
 * references, lists, aliases and fragments all end in these resolvers, so no path goes around
 * them. A field whose case cannot be told is refused too (fail closed). A value of an authored type
 * (a partner's own report) is shown whole to the partner that wrote it, and only to it; everyone
 * else sees it by the same rule as any field of the case.
 */
export function enforceCategories(
  schema: GraphQLSchema,
  caseTypes: Record<string, CaseIdOf>,
  authoredTypes: Record<string, AuthorOf> = {},
  publishedOnly: ReadonlySet<string> = new Set(),
): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) {
      continue;
    }
    const fields = Object.values(type.getFields());
    const identified = 'id' in type.getFields() && !publishedOnly.has(type.name);
    if (identified && !caseTypes[type.name] && fields.some(categoryOf)) {
      // An entity is fetched by its id, alone (an entity reference, a list of its own): no parent
      // stamps a case on it. Without an entry every marked field of it would be refused.
      throw new Error(
        `${type.name} has fields marked @category and an id of its own: say how to find its case in caseTypes.`,
      );
    }
    const caseIdOf = caseTypes[type.name] ?? stampedCaseId;
    const authorOf = authoredTypes[type.name];
    for (const field of fields) {
      const category = categoryOf(field);
      if (!category) {
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      const refuseOrResolve = (
        verdict: Verdict,
        caseId: string,
        source: Record<string | symbol, unknown>,
        args: Record<string, unknown>,
        ctx: HubContext,
        info: GraphQLResolveInfo,
      ) => {
        if (!verdict.allowed) {
          throw consentRequired(category);
        }
        const value = resolve(source, args, ctx, info);
        return isPromise(value)
          ? value.then((resolved) => stamp(resolved, caseId))
          : stamp(value, caseId);
      };
      field.resolve = (source: Record<string | symbol, unknown>, args, ctx: HubContext, info) => {
        const caseId = caseIdOf(source) ?? (source[CASE_ID] as string | undefined);
        if (!caseId) {
          throw new Error(`No case for ${type.name}.${field.name}: refusing the field.`);
        }
        const author = authorOf?.(source);
        const own = author ? ctx.consent.ownWords(caseId, category, author) : undefined;
        // Most fields of a case hit a verdict already taken in this request: answer at once.
        const known = own ?? ctx.consent.decided(caseId, category);
        if (known) {
          return refuseOrResolve(known, caseId, source, args, ctx, info);
        }
        return ctx.consent
          .check(caseId, category)
          .then((verdict) => refuseOrResolve(verdict, caseId, source, args, ctx, info));
      };
    }
  }
}
