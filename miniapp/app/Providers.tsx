/** Everything a screen expects around it: query cache, translations, antd-mobile's locale, the router. */
import { QueryClientProvider } from '@tanstack/react-query';
import ConfigProvider from 'antd-mobile/es/components/config-provider';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { LoadingSkeleton } from '../components/PageState';
import { i18n } from '../lib/i18n';
import { queryClient } from '../lib/query-client';
import { ScrollReset } from './ScrollReset';

type AntdLocaleWords = typeof zhCN;

/** antd-mobile's English words, fetched only for English readers (issue #14: the first download's bytes). */
function useEnglishWords(isEnglish: boolean): AntdLocaleWords | null {
  const [english, setEnglish] = useState<AntdLocaleWords | null>(null);
  useEffect(() => {
    if (isEnglish && !english)
      void import('antd-mobile/es/locales/en-US').then((module) => setEnglish(module.default));
  }, [isEnglish, english]);
  return english;
}

/** Needs only the language's name, not its words: it must not hold back "who am I" while the catalogue loads. */
function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n: active } = useTranslation(undefined, { useSuspense: false });
  const isEnglish = active.language === 'en';
  const english = useEnglishWords(isEnglish);
  return <ConfigProvider locale={isEnglish && english ? english : zhCN}>{children}</ConfigProvider>;
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
