// Placeholder until the page lands in this session's work on issue 12.
import { NotFoundPage } from '../NotFoundPage';

export default function CertificatesPage(_props: { orgId: string }) {
  return <NotFoundPage />;
}
