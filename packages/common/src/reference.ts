import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A key-only stub for an entity another subgraph owns, e.g. `Partner` seen from the cases
 * subgraph. `resolvable: false` when this subgraph only points at it; true when it adds fields.
 * The key is `id` unless told otherwise (partners are also keyed by their stable `code`). Each
 * call makes a new class, so each subgraph has its own.
 *
 * The convention for every stub: it lives in `src/<entity>/<entity>.ref.ts` of the subgraph
 * that uses it (`services/src/partner/partner.ref.ts`), one stub per file, made with
 * `entityReference`; only a stub that declares the owner's fields (`@external`, for
 * `@requires`) is a class written out in that same file. Instances are made with `refTo`.
 */
interface ReferenceOptions {
  resolvable: boolean;
  description?: string;
}
export function entityReference(
  typeName: string,
  options: ReferenceOptions & { key?: 'id' },
): new () => { id: string };
export function entityReference(
  typeName: string,
  options: ReferenceOptions & { key: 'code' },
): new () => { code: string };
export function entityReference(
  typeName: string,
  options: ReferenceOptions & { key?: 'id' | 'code' },
) {
  const key = options.key ?? 'id';
  const resolvable = options.resolvable ? '' : ', resolvable: false';

  @ObjectType(typeName, { description: options.description })
  @Directive(`@key(fields: "${key}"${resolvable})`)
  class ById {
    @Field(() => ID)
    id!: string;
  }

  @ObjectType(typeName, { description: options.description })
  @Directive(`@key(fields: "${key}"${resolvable})`)
  class ByCode {
    @Field()
    code!: string;
  }

  return key === 'id' ? ById : ByCode;
}

/** An instance of a reference class keyed by `value`, or null when there is none. */
export function refTo<T extends object>(
  type: new () => T,
  value: string | null | undefined,
  key: 'id' | 'code' = 'id',
): T | null {
  return value ? Object.assign(new type(), { [key]: value }) : null;
}
