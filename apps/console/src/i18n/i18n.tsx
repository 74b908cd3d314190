import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en-gb';
import { LABELS, type Bilingual, type LabelKey } from './labels';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatShare,
  type Lang,
} from './format';

export type { Lang } from './format';

export interface I18n {
  readonly lang: Lang;
  setLang(lang: Lang): void;
  /** A console label, `{name}` filled in from `values`. */
  t(key: LabelKey, values?: Readonly<Record<string, string | number>>): string;
  /** A label in the current language (what the api sends as `{ vi, en }`). */
  pick(label: Bilingual | null | undefined): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  number(value: number | null | undefined, digits?: number): string;
  percent(value: number | null | undefined): string;
  share(part: number, whole: number): string;
}

const STORAGE_KEY = 'memberflow.lang';
const I18nContext = createContext<I18n | undefined>(undefined);

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Vietnamese unless the user switched to English (remembered in this browser). */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    dayjs.locale(lang === 'vi' ? 'vi' : 'en-gb');
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, values) =>
        LABELS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
          values?.[name] === undefined ? whole : String(values[name]),
        ),
      pick: (label) => (label ? label[lang] : ''),
      date: (iso) => formatDate(iso, lang),
      dateTime: (iso) => formatDateTime(iso, lang),
      number: (n, digits) => formatNumber(n, lang, digits),
      percent: (n) => formatPercent(n, lang),
      share: (part, whole) => formatShare(part, whole, lang),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
