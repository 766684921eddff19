import { Directive, Field, ID, ObjectType } from 'type-graphql';

export interface EntityRef {
  id: string;
}

/**
 * A key-only stub for an entity another subgraph owns, e.g. `Partner` seen from the cases
 * subgraph. `resolvable: false` when this subgraph only points at it; true when it adds fields.
 * Each call makes a new class, so each subgraph has its own.
 */
export function entityReference(
  typeName: string,
  options: { resolvable: boolean; description?: string },
) {
  @ObjectType(typeName, { description: options.description })
  @Directive(options.resolvable ? '@key(fields: "id")' : '@key(fields: "id", resolvable: false)')
  class Reference implements EntityRef {
    @Field(() => ID)
    id!: string;
  }
  return Reference;
}

/** An instance of a reference class for `id`, or null when there is none. */
export function refTo<T extends EntityRef>(
  type: new () => T,
  id: string | null | undefined,
): T | null {
  return id ? Object.assign(new type(), { id }) : null;
}
