import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enGB from 'antd/locale/en_GB';
import { I18nProvider, useI18n } from './i18n/i18n';
import { SessionProvider } from './session/session';
import { AppRoutes } from './app';
import './console.css';

const queries = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
  },
});

/** Ant Design in the console's language, with colours that keep text at AA contrast or better. */
function Themed() {
  const { lang } = useI18n();
  return (
    <ConfigProvider
      locale={lang === 'vi' ? viVN : enGB}
      theme={{
        token: {
          colorPrimary: '#a8071a',
          colorLink: '#a8071a',
          colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
          colorTextDescription: 'rgba(0, 0, 0, 0.7)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
          borderRadius: 6,
          fontFamily:
            "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif",
        },
      }}
    >
      <AntApp>
        <SessionProvider>
          <AppRoutes />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <I18nProvider>
        <BrowserRouter>
          <Themed />
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
