import {
  GraphQLError,
  isScalarType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { GraphQLDateTimeISO, GraphQLSafeInt, GraphQLUUID } from 'graphql-scalars';

/** The scalars whose values the gateway checks itself, by the subgraphs' own definitions. */
const CHECKED: Record<string, GraphQLScalarType> = {
  DateTimeISO: GraphQLDateTimeISO,
  SafeInt: GraphQLSafeInt,
  UUID: GraphQLUUID,
};

/**
 * The supergraph knows custom scalars by name only, so the gateway accepts anything for them and a
 * date that does not parse reached a subgraph and came back a masked fault. Here each checked
 * scalar of the API schema validates with its graphql-scalars definition — a bad literal is then a
 * validation error, a bad variable a BAD_USER_INPUT, both before planning — and passes the
 * client's value on unchanged for the subgraph to parse as before.
 */
export function checkScalarsAtEdge(schema: GraphQLSchema): void {
  for (const [name, reference] of Object.entries(CHECKED)) {
    const type = schema.getType(name);
    if (!type || !isScalarType(type)) {
      continue;
    }
    const refuse = (error: unknown): never => {
      throw new GraphQLError(
        `Not a valid ${name}${error instanceof Error ? `: ${error.message.replace(/[:.].*$/, '')}` : ''}.`,
      );
    };
    type.parseValue = (value: unknown) => {
      try {
        reference.parseValue(value);
      } catch (error) {
        refuse(error);
      }
      return value;
    };
    type.parseLiteral = (node: ValueNode, variables?: Record<string, unknown> | null) => {
      try {
        reference.parseLiteral(node, variables);
      } catch (error) {
        refuse(error);
      }
      return 'value' in node ? node.value : undefined;
    };
  }
}
