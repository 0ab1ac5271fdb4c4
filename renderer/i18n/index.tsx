import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from './messages';
import { translator, type Translator } from './translator';

export type { Language, MessageKey } from './messages';
export { translator, type Translator } from './translator';

const I18n = createContext<Translator>(translator('zh'));

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  return <I18n.Provider value={translator(lang)}>{children}</I18n.Provider>;
}

export const useI18n = (): Translator => useContext(I18n);
