/**
 * The curriculum template a designer fills in before importing: the header row the import
 * recognises and two example modules, in Kazakh, Russian or English. Its rows read back into
 * modules (a test checks), so the template and the layout cannot drift apart. Pure.
 */
import type { Lang } from '../shared/localize.js';

const TEMPLATES: Record<Lang, string[][]> = {
  kk: [
    [
      'Модуль коды',
      'Модуль атауы',
      'Оқыту нәтижелері',
      'Бағалау критерийлері',
      'Бағалау әдісі',
      'Теория',
      'Практика',
      'Кредит',
    ],
    [
      'КМ 01',
      'Үйде әлеуметтік-тұрмыстық қызмет көрсету',
      'Коммуналдық қызметтерге ақы төлеу түбіртектерін толтырады',
      '1) Есептегіш көрсеткіштерін дұрыс алады\n2) Түбіртекті қатесіз толтырады',
      'практикалық тапсырма',
      '24',
      '48',
      '',
    ],
    [
      '',
      '',
      'Қарттарға үйде күтім жасаудың санитарлық-гигиеналық талаптарын сақтайды',
      '1) Үй-жайды тазалайды',
      'бақылау',
      '',
      '',
      '',
    ],
    [
      'КМ 02',
      'Өндірістік практика',
      'Әлеуметтік қызмет көрсету құжаттамасын ресімдейді',
      '1) Журналды толтырады',
      'портфолио',
      '0',
      '72',
      '',
    ],
  ],
  ru: [
    [
      'Код модуля',
      'Наименование модуля',
      'Результаты обучения',
      'Критерии оценки',
      'Метод оценки',
      'Теория',
      'Практика',
      'Кредиты',
    ],
    [
      'ПМ 01',
      'Социально-бытовое обслуживание на дому',
      'Снимает показания счётчиков и заполняет квитанции на оплату коммунальных услуг',
      '1) Правильно снимает показания\n2) Заполняет квитанцию без ошибок',
      'практическое задание',
      '24',
      '48',
      '',
    ],
    [
      '',
      '',
      'Соблюдает санитарно-гигиенические требования при уходе на дому',
      '1) Убирает помещение',
      'наблюдение',
      '',
      '',
      '',
    ],
    [
      'ПМ 02',
      'Производственная практика',
      'Оформляет документацию по социальному обслуживанию',
      '1) Ведёт журнал',
      'портфолио',
      '0',
      '72',
      '',
    ],
  ],
  en: [
    [
      'Module code',
      'Module name',
      'Learning outcomes',
      'Assessment criteria',
      'Assessment method',
      'Theory',
      'Practice',
      'Credits',
    ],
    [
      'PM 01',
      'Home care services',
      'Fills in utility payment receipts from meter readings',
      '1) Reads the meters correctly\n2) Fills in the receipt without errors',
      'practical task',
      '24',
      '48',
      '',
    ],
    ['', '', 'Keeps the sanitary and hygiene rules of home care', '1) Cleans the rooms', 'observation', '', '', ''],
    ['PM 02', 'Work placement', 'Keeps the records of social services', '1) Keeps the log', 'portfolio', '0', '72', ''],
  ],
};

/** The template's rows: the header first, then the examples (a blank code and name continue the module above). */
export function curriculumTemplate(lang: Lang): string[][] {
  return TEMPLATES[lang].map((row) => [...row]);
}
