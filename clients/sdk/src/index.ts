/**
 * @hub/sdk — the typed client for partners' systems. Browser-safe: no Node built-ins here (the
 * file cursor store is in `@hub/sdk/node`).
 */
export { HubClient, type HubClientOptions, type HubResult, type RequestOptions } from './client';
export * from './errors';
export { fieldStatus, type FieldPath, type FieldStatus } from './field-status';
export {
  follow,
  type Follower,
  type FollowEnd,
  type FollowItem,
  type FollowOptions,
  type FollowStatus,
} from './follow';
export { compareEventIds, EventOrder } from './event-order';
export { memoryCursorStore, storageCursorStore, type CursorStore } from './cursor-store';
export {
  paginate,
  pageByFirst,
  pageConnection,
  type Connection,
  type ConnectionOptions,
  type ListOptions,
  type Page,
} from './paging';
export {
  devSignIn,
  devToken,
  devUsers,
  hubOrigin,
  refreshingToken,
  staticToken,
  tokenExpiry,
  type DevUser,
  type IssuedToken,
  type TokenProvider,
} from './token';
export { operationOf } from './document';
// Serbian Latin from Cyrillic: the web client's, the gateway's PDFs' and partners' systems' one way.
export { catalogueToLatin, toLatin } from './translit';
export * from './generated/graphql';
