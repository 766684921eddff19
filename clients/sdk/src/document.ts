import type { DocumentNode, OperationDefinitionNode } from 'graphql';

/** The operation of a document (the SDK's documents hold one each). */
export function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition',
  );
  if (!operation) {
    throw new Error('The document has no operation.');
  }
  return operation;
}
