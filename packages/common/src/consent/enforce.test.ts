import { buildSchema } from 'graphql';
import { CATEGORY_DIRECTIVE_SDL, DATA_CATEGORY_ENUM_SDL, caseOf } from './category';
import { enforceCategories } from './enforce';

/**
 * The schema build refuses an entity whose case it cannot find: its marked fields would otherwise
 * be refused to everyone at run time, which a partner sees as consent they were never denied.
 */
const schema = (sdl: string) =>
  buildSchema(`${CATEGORY_DIRECTIVE_SDL}\n${DATA_CATEGORY_ENUM_SDL}\n${sdl}`);

const SDL = `
  type Query { hearing(id: ID!): Hearing }
  type Hearing { id: ID! @category(name: CORE) room: String @category(name: LEGAL) person: Person }
  type Person { givenName: String @category(name: IDENTITY) }
`;

describe('consent enforcement at schema build', () => {
  it('refuses an identified type with marked fields and no way to find its case', () => {
    expect(() => enforceCategories(schema(SDL), {})).toThrow(
      'Hearing has fields marked @category and an id of its own: say how to find its case in caseTypes.',
    );
  });

  it('accepts it once its case is declared; value objects without an id need no entry', () => {
    const hearingCase = caseOf((hearing: { caseId: string }) => hearing.caseId);
    expect(() => enforceCategories(schema(SDL), { Hearing: hearingCase })).not.toThrow();
  });

  it('leaves out types the subgraph only publishes (the gateway resolves them)', () => {
    expect(() => enforceCategories(schema(SDL), {}, {}, new Set(['Hearing']))).not.toThrow();
  });
});
