import { Layout } from './components/Layout';
import { I18nProvider } from './i18n';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { usePath } from './router';

function Page({ path }: { path: string }) {
  if (path === '/' || path === '') return <HomePage />;
  return <NotFoundPage />;
}

export function App() {
  const path = usePath();
  return (
    <I18nProvider>
      <Layout>
        <Page path={path} />
      </Layout>
    </I18nProvider>
  );
}
