/** Everything a screen expects around it: query cache, translations, antd-mobile's locale, the router. */
import { QueryClientProvider } from '@tanstack/react-query';
import ConfigProvider from 'antd-mobile/es/components/config-provider';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { type ReactNode, Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { LoadingSkeleton } from '../components/PageState';
import { i18n } from '../lib/i18n';
import { queryClient } from '../lib/query-client';
import { ScrollReset } from './ScrollReset';

/** Needs only the language's name, not its words: it must not hold back "who am I" while the catalogue loads. */
function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n: active } = useTranslation(undefined, { useSuspense: false });
  return <ConfigProvider locale={active.language === 'en' ? enUS : zhCN}>{children}</ConfigProvider>;
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        {/* The skeleton paints at once; the words of the active language arrive beside the screen's code. */}
        <Suspense fallback={<LoadingSkeleton />}>
          <AntdLocale>
            <BrowserRouter>
              <ScrollReset />
              {children}
            </BrowserRouter>
          </AntdLocale>
        </Suspense>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
