/**
 * The finding sentences and words of the text-hygiene quality rules (`quality.hygiene.*`;
 * src/domain/quality/rules/hygiene.ts). `{word}`, `{match}` and the like are quoted official
 * Kazakh text; `{item}` and `{where}` are places said in each language (`quality.place.*`),
 * capitalised by the rule where the sentence starts with them, so the rule fills them with
 * `messagesWith`.
 */
import type { Texts } from './lang.js';

export const QUALITY_HYGIENE_MESSAGES = {
  'quality.hygiene.doubledWord': {
    kk: '{item}: {word} сөзі қатарынан екі рет жазылған ({match}).',
    ru: '{item}: слово {word} написано дважды подряд ({match}).',
    en: 'In {item}, the word {word} is written twice in a row ({match}).',
  },
  'quality.hygiene.selfJoined': {
    kk: '{item}: {match} тіркесінде сөз өзімен-өзі байланыстырылған, екінші сөз қате немесе түсіп қалған болуы мүмкін.',
    ru: '{item}: в сочетании {match} слово соединено само с собой — второе слово, вероятно, ошибочно или утрачено.',
    en: 'In {item}, {match} joins a word with itself: the second word is probably wrong or lost.',
  },
  'quality.hygiene.mixedWord': {
    kk: '{where}, {line}-жол: {word} сөзінде {what} бар.',
    ru: '{where}, строка {line}: в слове {word} {what}.',
    en: 'In {where} (line {line}), the word {word} has {what}.',
  },
  'quality.hygiene.russianInside': {
    kk: '{item} ішінде орысша мәтін бар: {text}.',
    ru: '{item} содержит русский текст внутри казахского: {text}.',
    en: '{item} has Russian text inside the Kazakh text: {text}.',
  },
  'quality.hygiene.punct.spaceBefore': {
    kk: 'тыныс белгісінің алдында артық бос орын тұр ({match})',
    ru: 'перед знаком препинания лишний пробел ({match})',
    en: 'there is a space before a punctuation mark ({match})',
  },
  'quality.hygiene.punct.spaceAfterBracket': {
    kk: 'ашылатын жақшадан кейін артық бос орын тұр ({match})',
    ru: 'после открывающей скобки лишний пробел ({match})',
    en: 'there is a space after an opening bracket ({match})',
  },
  'quality.hygiene.punct.doubled': {
    kk: 'тыныс белгілері қатар қойылған ({match})',
    ru: 'знаки препинания стоят подряд ({match})',
    en: 'punctuation marks stand side by side ({match})',
  },
  'quality.hygiene.punct.plus': {
    kk: 'сөздердің арасында «+» белгісі тұр, сызықша болуы керек сияқты ({match})',
    ru: 'между словами стоит знак «+», по-видимому, вместо тире ({match})',
    en: 'a "+" stands between words where a dash was probably meant ({match})',
  },
  'quality.hygiene.punct.lopsidedHyphen': {
    kk: 'дефистің бір жағында ғана бос орын бар ({match})',
    ru: 'пробел только с одной стороны дефиса ({match})',
    en: 'a hyphen has a space on one side only ({match})',
  },
  'quality.hygiene.punct.missingSpace': {
    kk: 'үтір немесе нүктелі үтірден кейін бос орын жоқ ({match})',
    ru: 'после запятой или точки с запятой нет пробела ({match})',
    en: 'there is no space after a comma or semicolon ({match})',
  },
  'quality.hygiene.punct.fullStopMidSentence': {
    kk: 'сөйлем ортасында нүкте тұр, одан кейінгі сөз кіші әріппен басталады ({match})',
    ru: 'точка посреди предложения, следующее слово начинается со строчной буквы ({match})',
    en: 'a full stop stands in mid-sentence, followed by a lower-case word ({match})',
  },
  'quality.hygiene.punctuation': { kk: '{item}: {what}.', ru: '{item}: {what}.', en: 'In {item}, {what}.' },
  'quality.hygiene.ending.fullStop': { kk: 'нүкте', ru: 'точка', en: 'a full stop' },
  'quality.hygiene.ending.semicolon': { kk: 'нүктелі үтір', ru: 'точка с запятой', en: 'a semicolon' },
  'quality.hygiene.ending.comma': { kk: 'үтір', ru: 'запятая', en: 'a comma' },
  'quality.hygiene.ending.colon': { kk: 'қос нүкте', ru: 'двоеточие', en: 'a colon' },
  'quality.hygiene.ending.none': { kk: 'тыныс белгісі жоқ', ru: 'нет знака препинания', en: 'no mark' },
  'quality.hygiene.listEnding': {
    kk: '{item} соңында {ending}, ал тізімнің басқа тармақтарының соңында {listEnding}.',
    ru: '{item}: в конце {ending}, а у других пунктов списка — {listEnding}.',
    en: '{item} ends with {ending}, while the other items of its list end with {listEnding}.',
  },
  'quality.hygiene.midCapital': {
    kk: '{item}: {word} сөзі сөйлемнің ортасында бас әріппен жазылған.',
    ru: '{item}: слово {word} написано с прописной буквы посреди предложения.',
    en: 'In {item}, {word} is capitalised in mid-sentence.',
  },
  'quality.hygiene.imperative': {
    kk: '{item} {verb} деген бұйрық райымен жазылған (машиналық аударманың белгісі), ал қимыл атауы күтіледі.',
    ru: '{item}: повелительное наклонение ({verb}), характерное для машинного перевода, вместо отглагольного существительного.',
    en: '{item} is phrased as a command ({verb}), typical of machine translation, instead of a verbal noun.',
  },
  'quality.hygiene.finiteList': {
    kk: 'Тізімнің {count} тармағы ({verbs}…) қимыл атауымен емес, жақты етістікпен аяқталады — лауазымдық нұсқаулықтан көшірілген мәтін сияқты.',
    ru: '{count} пунктов списка ({verbs}…) заканчиваются личной формой глагола, а не отглагольным существительным — похоже на текст из должностной инструкции.',
    en: '{count} items of this list ({verbs}…) end with a finite verb instead of a verbal noun, like text taken from a job description.',
  },
  'quality.hygiene.finiteItem': {
    kk: '{item} {verb} деген жақты етістікпен аяқталады, ал тармақтар әдетте қимыл атауымен жазылады.',
    ru: '{item} заканчивается личной формой глагола ({verb}), тогда как пункты обычно пишутся отглагольным существительным.',
    en: '{item} ends with a finite verb ({verb}), while items are normally written as verbal nouns.',
  },
  'quality.hygiene.softSign': {
    kk: '{item}: {word} сөзінде «ъ» орнына «ь» жазылған.',
    ru: '{item}: в слове {word} написан «ь» вместо «ъ».',
    en: 'In {item}, {word} has a soft sign "ь" where the hard sign "ъ" belongs.',
  },
  'quality.hygiene.russianLetter': {
    kk: '{item}: {word} сөзінде қазақ әрпінің орнына орыс әрпі жазылған сияқты (салыстырыңыз: {expected}).',
    ru: '{item}: в слове {word}, по-видимому, русская буква вместо казахской (ср. {expected}).',
    en: 'In {item}, {word} seems to have a Russian letter for a Kazakh one (compare {expected}).',
  },
  'quality.hygiene.hyphenMissing': {
    kk: '{item}: {words} стандарттың басқа жерлеріндегідей дефиспен жазылмаған.',
    ru: '{item}: {words} написано без дефиса, в отличие от других мест стандарта.',
    en: 'In {item}, {words} is written without the hyphen used elsewhere in the standard.',
  },
  'quality.hygiene.hyphenExtra': {
    kk: '{item}: {word} дефиспен жазылған, ал стандарттың басқа жерлерінде бөлек жазылады.',
    ru: '{item}: {word} написано через дефис, а в других местах стандарта — раздельно.',
    en: 'In {item}, {word} is hyphenated, while the standard elsewhere writes it as two words.',
  },
  'quality.hygiene.typo': {
    kk: '{item}: {word} сөзі стандартта бір-ақ рет кездеседі және жиі кездесетін {near} сөзінен бір әріппен ғана ерекшеленеді — қате жазылуы мүмкін.',
    ru: '{item}: слово {word} встречается в стандарте один раз и отличается одной буквой от частого слова {near} — возможно, опечатка.',
    en: 'In {item}, {word} occurs only once and is one letter away from the frequent {near}: possibly a typo.',
  },
  'quality.hygiene.latinLetter': {
    kk: 'кирилл әріптерімен қатар латын әрпі',
    ru: 'латинская буква среди кириллических',
    en: 'a Latin letter among Cyrillic ones',
  },
  'quality.hygiene.digitInWord': {
    kk: 'әріптердің ішінде цифр',
    ru: 'цифра внутри слова',
    en: 'a digit inside the word',
  },
  'quality.hygiene.standardText': { kk: 'стандарт мәтіні', ru: 'текст стандарта', en: 'the text of the standard' },
} as const satisfies Record<`quality.hygiene.${string}`, Texts>;
