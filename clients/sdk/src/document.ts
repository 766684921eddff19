import type { DocumentNode, OperationDefinitionNode } from 'graphql';

/**
 * The trusted-document id the code generator gave a document (`__meta__.hash`, "sha256:<hex>"),
 * as the hex SHA-256 that `extensions.persistedQuery.sha256Hash` carries.
 */
export function documentHashOf(document: DocumentNode): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? /^sha256:([0-9a-f]{64})$/.exec(hash)?.[1] : undefined;
}

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
