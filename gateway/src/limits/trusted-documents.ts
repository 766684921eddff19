import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { ErrorCode } from '@hub/common/errors';
import { sendError } from '@hub/common/http';
import { type Caller } from '@hub/common/identity';
import type express from 'express';

/**
 * The first-party clients' operations, registered at build time: GraphQL Code Generator's client
 * preset writes each client's manifest (`"sha256:<hex>": "<normalised document>"`) beside its
 * generated types, and the gateway loads them at start.
 */
export const DEFAULT_TRUSTED_DOCUMENT_MANIFESTS = [
  path.resolve(__dirname, '../../../clients/web/src/generated/persisted-documents.json'),
  path.resolve(__dirname, '../../../clients/sdk/src/generated/persisted-documents.json'),
];

/** The header a first-party client names itself in (Apollo's convention). */
export const CLIENT_NAME_HEADER = 'apollographql-client-name';

export interface TrustedDocuments {
  /** Registered documents by the hex SHA-256 of their text. */
  readonly documents: ReadonlyMap<string, string>;
  /**
   * For ApolloServer's `persistedQueries`: a request that sends only
   * `extensions.persistedQuery.sha256Hash` runs the registered document of that hash, any other
   * hash is PERSISTED_QUERY_NOT_FOUND, and nothing a client sends is ever registered.
   */
  readonly cache: KeyValueCache<string>;
  /**
   * After authentication and the JSON body parser: a caller that must use registered documents
   * (TRUSTED_DOCUMENTS_REQUIRED_FOR) sending anything else is refused with TRUSTED_DOCUMENT_REQUIRED.
   */
  readonly require: express.RequestHandler;
  /**
   * graphql-ws, at subscribe time: the document to run — the registered text when the payload
   * names a registered hash in `extensions.persistedQuery`, else the payload's own — or, for a
   * caller that must use registered documents, null (refused).
   */
  subscriptionDocument(
    caller: Caller | undefined,
    payload: { query: string; extensions?: unknown },
  ): string | null;
}

export function loadManifests(files: readonly string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [id, text] of Object.entries(manifest)) {
      const hex = /^sha256:([0-9a-f]{64})$/.exec(id)?.[1];
      if (!hex || typeof text !== 'string') {
        throw new Error(`${path.basename(file)}: "${id}" is not a sha256 document id`);
      }
      documents.set(hex, text);
    }
  }
  return documents;
}

/** Who must use registered documents: partner codes, and `client:<name>` for a client's header. */
export function mustUseTrustedDocuments(
  requiredFor: readonly string[],
): (caller: Caller | undefined, clientName: string | undefined) => boolean {
  const partners = new Set(requiredFor.filter((entry) => !entry.startsWith('client:')));
  const clients = new Set(
    requiredFor.filter((entry) => entry.startsWith('client:')).map((entry) => entry.slice(7)),
  );
  return (caller, clientName) =>
    (caller !== undefined && partners.has(caller.partner)) ||
    (clientName !== undefined && clients.has(clientName));
}

const hashIn = (extensions: unknown): string | undefined => {
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)
    ?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash.toLowerCase() : undefined;
};

function persistedHashOf(req: express.Request): string | undefined {
  const body = req.body as { extensions?: unknown } | undefined;
  let extensions: unknown = body?.extensions;
  if (extensions === undefined && typeof req.query?.extensions === 'string') {
    try {
      extensions = JSON.parse(req.query.extensions);
    } catch {
      return undefined;
    }
  }
  return hashIn(extensions);
}

export function createTrustedDocuments(
  manifests: readonly string[],
  requiredFor: readonly string[],
): TrustedDocuments {
  const documents = loadManifests(manifests);
  const required = mustUseTrustedDocuments(requiredFor);
  // Apollo Server prefixes its keys ("apq:"); a client's hash may be in upper case.
  const keyOf = (key: string) => key.replace(/^apq:/, '').toLowerCase();
  return {
    documents,
    subscriptionDocument: (caller, payload) => {
      const hash = hashIn(payload.extensions);
      const registered = hash === undefined ? undefined : documents.get(hash);
      if (registered !== undefined) {
        return registered;
      }
      return required(caller, undefined) ? null : payload.query;
    },
    cache: {
      get: async (key) => documents.get(keyOf(key)),
      set: async () => undefined,
      delete: async () => false,
    },
    require: (req, res, next) => {
      const caller = (res.locals.context as { caller?: Caller } | undefined)?.caller;
      if (!required(caller, req.get(CLIENT_NAME_HEADER))) {
        next();
        return;
      }
      const hash = persistedHashOf(req);
      if (hash !== undefined && documents.has(hash)) {
        next();
        return;
      }
      sendError(
        res,
        400,
        ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
        'This client must send a registered document by id (`extensions.persistedQuery.sha256Hash`), not a document of its own.',
      );
    },
  };
}
