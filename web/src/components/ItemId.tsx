/** An item's stable id, small, for people who cite or look items up in the API. */
export function ItemId({ id }: { id: string }) {
  return <code className="item-id">{id}</code>;
}
