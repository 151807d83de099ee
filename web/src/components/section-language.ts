/**
 * What a section tells the texts inside it: that it marks its translations once, at the top (so a
 * line does not repeat "unofficial translation"), and whether the reader asked for the official
 * Kazakh original beside each translation. Outside such a section a text marks itself.
 */
import { createContext, useContext } from 'react';

export type SectionLanguage = { marked: boolean; showOriginal: boolean };

export const SectionLanguageContext = createContext<SectionLanguage>({ marked: false, showOriginal: false });

export const useSectionLanguage = (): SectionLanguage => useContext(SectionLanguageContext);
