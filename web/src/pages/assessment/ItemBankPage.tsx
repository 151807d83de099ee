// Placeholder until the page lands in this session's work on issue 12.
import { NotFoundPage } from '../NotFoundPage';

export default function ItemBankPage(_props: { orgId: string }) {
  return <NotFoundPage />;
}
