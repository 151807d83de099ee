/**
 * The fonts of Kasip's PDFs: Noto Sans Regular and Bold as full static TTFs from the
 * `@expo-google-fonts/noto-sans` package (OFL-1.1). They cover every Kazakh letter
 * (Ә Ғ Қ Ң Ө Ұ Ү Һ І) and, embedded by pdfkit as CID TrueType subsets with a ToUnicode map,
 * keep the text selectable and searchable. Resolved from node_modules, never copied into the repo.
 *
 * Not fontsource: its woff2 files are split by unicode range (ҰұІі live in another file than the
 * rest of Cyrillic) and crashed pdfkit's subsetter (docs guide, section 1.8).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type PdfFonts = { regular: string; bold: string };

let resolved: PdfFonts | undefined;

/** Absolute paths of the TTF files, resolved once. */
export function pdfFonts(): PdfFonts {
  resolved ??= {
    regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  };
  return resolved;
}
