// Placeholder until the page lands in this session's work on issue 12.
import { NotFoundPage } from '../NotFoundPage';

export default function VerifyPage(_props: { credentialId: string | null }) {
  return <NotFoundPage />;
}
