import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { HubClient, HubResult, RequestOptions } from './client';

/** One page: its items and how to ask for the next (null: this was the last). */
export interface Page<TItem, TCursor> {
  items: readonly TItem[];
  next: TCursor | null;
}

/**
 * Walks pages as an async iterator: the items of each page, one at a time, the next page asked
 * for only when the caller has taken the last item of this one. `fetchPage` knows the API's way
 * of paging; `paginate` knows nothing of it, so a Relay connection and today's `first`-only
 * lists share it.
 */
export async function* paginate<TItem, TCursor>(
  fetchPage: (cursor: TCursor | null) => Promise<Page<TItem, TCursor>>,
): AsyncGenerator<TItem> {
  let cursor: TCursor | null = null;
  do {
    const page: Page<TItem, TCursor> = await fetchPage(cursor);
    yield* page.items;
    cursor = page.next;
  } while (cursor !== null);
}

export interface ListOptions<TData, TItem> extends RequestOptions {
  /** The list in the result, e.g. `(data) => data.referrals`. */
  select: (data: TData) => readonly TItem[] | null | undefined;
  /** Items per page (default 50). */
  pageSize?: number;
  /** The most items the API returns for one `first` (default 500): the end of what it pages. */
  maxFirst?: number;
  /** An item's identity, to drop one seen on an earlier page (default: its `id`). */
  idOf?: (item: TItem) => string;
  /** Each page's result, for its field-level errors. */
  onPage?: (result: HubResult<TData>) => void;
}

/**
 * Pages a list that takes only `first` (the hub's lists today): each page asks for `first`
 * larger by one page and hands out the items past those already seen. It ends at a short page,
 * or at `maxFirst`. Items that moved between pages are recognised by id and not repeated.
 */
export function pageByFirst<TData, TVariables extends { first: number }, TItem>(
  client: HubClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'first'>,
  options: ListOptions<TData, TItem>,
): AsyncGenerator<TItem> {
  const pageSize = options.pageSize ?? 50;
  const maxFirst = options.maxFirst ?? 500;
  const idOf = options.idOf ?? ((item: TItem) => String((item as { id?: unknown }).id));
  const seen = new Set<string>();
  return paginate<TItem, number>(async (cursor) => {
    const first = Math.min(cursor ?? pageSize, maxFirst);
    const result = await client.request(
      document,
      { ...variables, first } as unknown as TVariables,
      options,
    );
    options.onPage?.(result);
    const list = options.select(result.data) ?? [];
    const fresh = list.filter((item) => {
      const id = idOf(item);
      return seen.has(id) ? false : (seen.add(id), true);
    });
    const more = list.length >= first && first < maxFirst;
    return { items: fresh, next: more ? first + pageSize : null };
  });
}

/** A Relay connection as selected: edges with nodes, and pageInfo. */
export interface Connection<TNode> {
  edges?: readonly ({ node?: TNode | null } | null)[] | null;
  nodes?: readonly (TNode | null)[] | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ConnectionOptions<TData, TNode> extends RequestOptions {
  select: (data: TData) => Connection<TNode> | null | undefined;
  pageSize?: number;
  onPage?: (result: HubResult<TData>) => void;
}

/** Pages a Relay connection with `first`/`after` and `pageInfo { hasNextPage endCursor }`. */
export function pageConnection<
  TData,
  TVariables extends { first?: number | null; after?: string | null },
  TNode,
>(
  client: HubClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'first' | 'after'>,
  options: ConnectionOptions<TData, TNode>,
): AsyncGenerator<TNode> {
  const first = options.pageSize ?? 50;
  return paginate<TNode, string>(async (after) => {
    const result = await client.request(
      document,
      { ...variables, first, after } as unknown as TVariables,
      options,
    );
    options.onPage?.(result);
    const connection = options.select(result.data);
    const nodes = connection?.nodes ?? connection?.edges?.map((edge) => edge?.node) ?? [];
    const next = connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
    return { items: nodes.filter((node): node is TNode => node != null), next };
  });
}
