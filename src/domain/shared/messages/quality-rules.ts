/**
 * The quality rules (src/domain/quality/rules) by name and description, in kk, ru and en. The
 * English description is the rule's own (`Rule.description`); docs/quality.md has the long form.
 * Quoted Kazakh examples stay Kazakh in every language: they are what the rule finds.
 */
import type { Texts } from './lang.js';

type RuleTexts = { name: Texts; description: Texts };

export const QUALITY_RULES = {
  'malformed-code': {
    name: { kk: 'Код үлгіге сай емес', ru: 'Код не по образцу', en: 'Malformed code' },
    description: {
      kk: 'NNNN-N-NNN үлгісіне сәйкес келмейтін кәсіп коды (карточканың, басқа атаудың, байланыстың немесе кәсіптер тізбесінің).',
      ru: 'Код профессии (карточки, другого наименования, связи или перечня профессий), не соответствующий образцу NNNN-N-NNN.',
      en: 'A profession code (of a card, an other name, a link or the list of professions) that is not of the form NNNN-N-NNN.',
    },
  },
  'code-name-conflict': {
    name: { kk: 'Бір код — әртүрлі атау', ru: 'Один код — разные наименования', en: 'One code, different names' },
    description: {
      kk: 'Кәсіп коды бір, ал кәсіп атаулары әртүрлі карточкалар: бір кодпен әртүрлі кәсіптер (қате) немесе кейбір сөздері қосылған не түсіп қалған бір атау (ескерту).',
      ru: 'Карточки с одним кодом профессии, но разными наименованиями: разные профессии под одним кодом (ошибка) или одно наименование с лишними или пропущенными словами (предупреждение).',
      en: 'Cards with one profession code but different profession names: different professions under one code (error) or the same name written with or without some words (warning).',
    },
  },
  'own-code-as-other-name': {
    name: {
      kk: 'Басқа атауда карточканың өз коды',
      ru: 'Собственный код в другом наименовании',
      en: 'Own code as other name',
    },
    description: {
      kk: 'Карточканың өз кәсіп коды берілген басқа ықтимал атау: кәсіп өзінің баламасы ретінде көрсетілген.',
      ru: 'Другое возможное наименование с собственным кодом профессии карточки: профессия указана как своя же альтернатива.',
      en: "An other possible name that carries the card's own profession code, i.e. the profession is listed as its own alternative.",
    },
  },
  'other-name-code-conflict': {
    name: {
      kk: 'Басқа атау кодының қайшылығы',
      ru: 'Конфликт кода другого наименования',
      en: 'Other name code conflict',
    },
    description: {
      kk: 'Басқа атаудың коды екі кәсіпте кездеседі, екі түрлі атауға берілген немесе басқа кәсіп карточкасының кодымен бірдей.',
      ru: 'Код другого наименования заявлен двумя профессиями, дан двум разным наименованиям или совпадает с кодом карточки другой профессии.',
      en: "An other name's code claimed by two professions, given to two different names, or equal to the code of another profession's card.",
    },
  },
  'other-name-unit-group': {
    name: {
      kk: 'Басқа атау басқа топта',
      ru: 'Другое наименование из другой группы',
      en: 'Other name in another unit group',
    },
    description: {
      kk: 'Коды карточка кодынан басқа негізгі топта (алғашқы төрт цифр) жатқан басқа атау: бір кәсіптің синонимі үшін бұл әдеттен тыс.',
      ru: 'Другое наименование, код которого относится к другой начальной группе (первые четыре цифры), чем код карточки: для синонима той же профессии это необычно.',
      en: "An other name whose code lies in another unit group (first four digits) than the card's code, which is unusual for a synonym of the same profession.",
    },
  },
  'card-name-mismatch': {
    name: {
      kk: 'Карточка атауы сәйкес емес',
      ru: 'Наименование карточки не совпадает',
      en: 'Card name mismatch',
    },
    description: {
      kk: 'Карточкадағы кәсіп атауы кәсіптер тізбесіндегі жазбадан өзгеше (ескерту); тақырып басқа кәсіпті атайды немесе басқа тақырыптардан өзгеше жазылған (ақпарат).',
      ru: 'Наименование профессии в карточке отличается от записи в перечне профессий (предупреждение); заголовок называет другую профессию или сформулирован иначе, чем остальные (информация).',
      en: "A card's profession name that differs from its profession's entry in the list of professions (warning), a heading that names another profession or is worded unlike the other headings (info).",
    },
  },
  'domain-drift': {
    name: { kk: 'Басқа саланың сөздігі', ru: 'Лексика другой сферы', en: 'Domain drift' },
    description: {
      kk: 'Атаулары мен басқа элементтері ол салаға жатпайтын карточкадағы басқа қызмет саласының (клиникалық, пенитенциарлық, мектеп) сөздігі, мысалы әлеуметтік қызмет карточкасындағы пациенттер: әдетте басқа бейіннен көшірілген мәтін.',
      ru: 'Лексика другой сферы деятельности (клиническая, пенитенциарная, школьная) в карточке, наименования и прочие элементы которой к этой сфере не относятся, например пациенты в карточке социальных услуг: обычно текст, скопированный из другого профиля.',
      en: 'Vocabulary of another field of work (clinical, penal, school) in a card whose names and other items do not belong to that field, e.g. patients in a social-services card: usually text copied from another profile.',
    },
  },
  'duplicate-item': {
    name: { kk: 'Қайталанған элемент', ru: 'Повтор элемента', en: 'Duplicate item' },
    description: {
      kk: 'Бір карточкада бірдей немесе дерлік бірдей дағды, білім, міндет не функция екі рет: бір тізімде сөзбе-сөз (қате) немесе әртүрлі міндеттер мен функцияларда (ескерту; екі рет келтірілген нормативтік акт үшін ақпарат), бір тізімде дерлік бірдей (ескерту), басқа жағдайда ұқсас немесе бірі екіншісінің ішінде (ақпарат).',
      ru: 'Один и тот же или почти тот же навык, знание, задача или функция дважды в одной карточке: слово в слово в одном списке (ошибка) или в разных задачах и функциях (предупреждение; информация для дважды названного нормативного акта), почти то же в одном списке (предупреждение), иначе похожие или одно внутри другого (информация).',
      en: 'The same or nearly the same skill, knowledge item, task or function twice in one card: word for word in one list (error) or in different tasks or functions (warning; info for a legal act cited twice), nearly the same in one list (warning), otherwise near or one inside the other (info).',
    },
  },
  'copied-between-professions': {
    name: {
      kk: 'Кәсіптер арасында көшірілген',
      ru: 'Скопировано между профессиями',
      en: 'Copied between professions',
    },
    description: {
      kk: 'Басқа кәсіп карточкасындағыны (дерлік) бірдей қайталайтын дағдылар, білім, міндеттер не функциялар; үш не одан көп кәсіпке ортақ элементтер (жалпы міндеттер) мен нормативтік актілер туралы білім ортақ негіз ретінде есептелмейді. Үш не одан көп элемент немесе карточка элементтерінің үштен бірі көшірілсе — ескерту.',
      ru: 'Навыки, знания, задачи или функции карточки, (почти) дословно повторяющие карточку другой профессии; элементы, общие для трёх и более профессий (общие обязанности), и знание нормативных актов считаются общей основой и не учитываются. Предупреждение, когда скопированы три и более элемента или треть элементов карточки.',
      en: "Skills, knowledge, tasks or functions of a card that repeat (near-)identically those of another profession's card; items shared by three or more professions (generic duties) and knowledge of legal acts count as common ground and are left out. Warning when three or more items or a third of the card's items are copied.",
    },
  },
  'term-definition-repeated': {
    name: { kk: 'Анықтама қайталанған', ru: 'Повтор определения', en: 'Term definition repeated' },
    description: {
      kk: 'Екі рет анықталған термин немесе анықтамасы басқа терминнің анықтамасын (сөзбе-сөз не дерлік) қайталайтын термин.',
      ru: 'Термин, определённый дважды, или термин, определение которого (дословно или почти) повторяет определение другого термина.',
      en: "A term defined twice, or a term whose definition repeats (word for word or nearly) another term's definition.",
    },
  },
  'doubled-word': {
    name: { kk: 'Қосарланған сөз', ru: 'Удвоенное слово', en: 'Doubled word' },
    description: {
      kk: 'Бір сөз қатарынан екі рет («Жеке жеке деректерді»); дефиспен жазылған қосарлама («жеке-жеке») қазақ тілінде дұрыс, ол көрсетілмейді.',
      ru: 'Одно слово дважды подряд («Жеке жеке деректерді»); парное слово через дефис («жеке-жеке») в казахском правильно и не отмечается.',
      en: 'The same word twice in a row ("Жеке жеке деректерді"); hyphenated reduplication ("жеке-жеке") is correct Kazakh and is not reported.',
    },
  },
  'repeated-coordination': {
    name: { kk: 'Өзімен салаластырылған сөз', ru: 'Слово сочинено с самим собой', en: 'Repeated coordination' },
    description: {
      kk: 'Өзімен салаластырылған сөз («жоғалту және жоғалту», «әдістері мен әдістері», «тәуелділік, тәуелділік»): әдетте жоғалған антоним немесе аударма қатесі.',
      ru: 'Слово, сочинённое с самим собой («жоғалту және жоғалту», «әдістері мен әдістері», «тәуелділік, тәуелділік»): обычно потерянный антоним или ошибка перевода.',
      en: 'A word coordinated with itself ("жоғалту және жоғалту", "әдістері мен әдістері", "тәуелділік, тәуелділік"): usually a lost antonym or a translation slip.',
    },
  },
  'mixed-script-word': {
    name: { kk: 'Аралас әліпбилі сөз', ru: 'Слово из смешанных алфавитов', en: 'Mixed-script word' },
    description: {
      kk: 'Кирилл әріптері латын әріптерімен (басқа пернетақтада терілген ұқсас әріп) немесе цифрлармен («де4гей») араласқан сөз; дефиспен жалғанған сандар («4-деңгей») дұрыс. Басылған жолдардан оқылады, сондықтан элемент мәтіні емес сандар мен белгілер де тексеріледі.',
      ru: 'Слово, в котором кириллица смешана с латиницей (похожая буква с другой раскладки) или с цифрами («де4гей»); числа через дефис («4-деңгей») правильны. Проверяются напечатанные строки, поэтому охвачены и числа и подписи вне текста элементов.',
      en: 'A word mixing Cyrillic with Latin letters (a look-alike typed on the wrong keyboard) or with digits ("де4гей"); numbers joined by a hyphen ("4-деңгей") are correct. Read on the printed lines, so numbers and labels that are not item text are covered too.',
    },
  },
  'russian-text': {
    name: { kk: 'Орысша мәтін', ru: 'Русский текст', en: 'Russian text' },
    description: {
      kk: 'Ресми қазақша мәтіннің ішіндегі орысша мәтін (мазмұн және кесте белгілері): қазақ әріптері жоқ сөз тізбектеріндегі орыс көмекші сөздері («и», «для», «других») мен жалғаулары («-ых», «-ого», «-ций») бойынша есептеледі.',
      ru: 'Русский текст внутри официального казахского текста (содержание и подписи таблиц), найденный по баллу русских служебных слов («и», «для», «других») и окончаний («-ых», «-ого», «-ций») в цепочках слов без казахских букв.',
      en: 'Russian text inside the official Kazakh text (content and table labels), found by a score of Russian function words ("и", "для", "других") and Russian endings ("-ых", "-ого", "-ций") over runs of words without Kazakh letters.',
    },
  },
  'stray-punctuation': {
    name: { kk: 'Артық тыныс белгісі', ru: 'Лишняя пунктуация', en: 'Stray punctuation' },
    description: {
      kk: 'Үтір алдындағы немесе ашылған жақшадан кейінгі бос орын, қосарланған не қайшы тыныс белгілері («;.», «,,»), сөздер арасындағы «+», бір жағында ғана бос орны бар дефис, үтірден кейін бос орынның болмауы, сөйлем ортасындағы нүктеден кейін кіші әріппен басталған сөз.',
      ru: 'Пробел перед запятой или после открывающей скобки, удвоенные или противоречащие знаки («;.», «,,»), «+» между словами, дефис с пробелом только с одной стороны, нет пробела после запятой, точка посреди предложения, за которой идёт слово со строчной буквы.',
      en: 'A space before a comma or after an opening bracket, doubled or clashing punctuation (";.", ",,"), a "+" between words, a hyphen with a space on one side only, a missing space after a comma, a full stop in mid-sentence followed by a lower-case word.',
    },
  },
  'inconsistent-list-ending': {
    name: { kk: 'Тізім соңы біркелкі емес', ru: 'Разнобой в концах списка', en: 'Inconsistent list ending' },
    description: {
      kk: 'Дағдылар не білім тізіміндегі басқаларынан өзгеше аяқталған элементтер («.» арасында «;», мүлде белгісіз); «a; b; c.» түріндегі нүктемен аяқталған тізім дұрыс.',
      ru: 'Элементы списка навыков или знаний, оканчивающиеся не так, как остальные («;» среди «.», вовсе без знака); список вида «a; b; c.» с точкой в конце правилен.',
      en: 'Items of one skills or knowledge list that end differently from the others (";" among ".", no mark at all); a list of "a; b; c." ending with a full stop is correct.',
    },
  },
  'mid-sentence-capital': {
    name: { kk: 'Сөйлем ортасындағы бас әріп', ru: 'Прописная буква посреди предложения', en: 'Mid-sentence capital' },
    description: {
      kk: 'Сөйлем ортасында бас әріппен жазылған, жалқы есім емес сөз («мақсатында Әлеуметтік сала», «(Әлеуметтік, педагогикалық…)»): заңдар мен ұйымдардың атаулары (бас әріпті сөзден кейін, «туралы» сөзінен кейін, тырнақшада, жақшадағы тіркестің басында) мен осы стандарт әрдайым бас әріппен жазатын сөздер қозғалмайды.',
      ru: 'Слово с прописной буквы посреди предложения («мақсатында Әлеуметтік сала», «(Әлеуметтік, педагогикалық…)»), не являющееся именем собственным: названия законов и организаций (после слова с прописной, после «туралы», в кавычках, в начале оборота в скобках) и слова, которые этот стандарт всегда пишет с прописной, не отмечаются.',
      en: 'A capitalised word in mid-sentence ("мақсатында Әлеуметтік сала", "(Әлеуметтік, педагогикалық…)") that is not a proper name: names of laws and organisations (capitalised after another capitalised word, after "туралы", in quotes, at the head of a bracketed phrase) and words that this standard always capitalises are left alone.',
    },
  },
  'skill-phrasing': {
    name: { kk: 'Дағдының тұжырымы', ru: 'Формулировка навыка', en: 'Skill phrasing' },
    description: {
      kk: 'Қимыл есімінің («қабылдау») орнына бұйрық түрінде («қолданыңыз», ескерту: машиналық аударма сияқты оқылады) немесе қызметкер туралы тұжырыммен («қабылдайды», ақпарат) жазылған дағды не міндет; бір тізімдегі үш не одан көп мұндай тұжырым тізім үшін бір рет көрсетіледі.',
      ru: 'Навык или задача, сформулированные как повеление («қолданыңыз», предупреждение: читается как машинный перевод) или как утверждение о работнике («қабылдайды», информация) вместо отглагольного существительного («қабылдау»); три и более таких утверждения в одном списке отмечаются один раз для списка.',
      en: 'A skill or task phrased as a command ("қолданыңыз", warning: reads as machine translation) or ending in a statement about the worker ("қабылдайды", info) instead of a verbal noun ("қабылдау"); three or more such statements in one list are reported once for the list.',
    },
  },
  spelling: {
    name: { kk: 'Емле', ru: 'Орфография', en: 'Spelling' },
    description: {
      kk: 'Қазақ әрпінің орнына орыс пернетақтасының әрпі («деңгей» орнына «денгей», стандарттың өз сөздері мен жобаның шағын сөздігі бойынша), кірме сөздердегі «ъ» орнына «ь» («обьект»), жиі сөзден бір әрпі артық не кем бір реттік сөз (ақпарат) және дефиспен де, дефиссіз де жазылған күрделі сөз (аз қолданылған түрі, ақпарат). hunspell-kk қолданылмайды: домен таза, сөздік орнатылмаған.',
      ru: 'Буква русской раскладки вместо казахской («денгей» вместо «деңгей», по словам самого стандарта и небольшому словарю проекта), «ь» вместо «ъ» в заимствованиях («обьект»), единичное слово, отличающееся от частого одной лишней или пропущенной буквой (информация), и сложное слово, написанное и через дефис, и слитно (более редкая форма, информация). hunspell-kk не используется: домен чистый, словарь не установлен.',
      en: 'A Russian-keyboard letter for a Kazakh one ("денгей" for "деңгей", against the standard\'s own words and a small project word list), "ь" for "ъ" in loanwords ("обьект"), a one-off word that is a frequent word with one letter inserted or dropped (info), and a compound written with and without a hyphen (the minority form, info). hunspell-kk is not used: the domain is pure and the dictionary is not installed.',
    },
  },
  'same-content-across-levels': {
    name: {
      kk: 'Деңгейлердің мазмұны бірдей',
      ru: 'Одинаковое содержание уровней',
      en: 'Same content across levels',
    },
    description: {
      kk: 'Сол кәсіптің бір саты төмен деңгейіндегімен бірдей (қате) немесе дерлік бірдей (ескерту, екі жақтан да элементтердің кемінде 70%) карточка дағдылары не білімі: деңгейлер ерекшеленбейді.',
      ru: 'Навыки или знания карточки, совпадающие (ошибка) или почти совпадающие (предупреждение, не менее 70% элементов в обе стороны) с соседним нижним уровнем той же профессии: уровни не различаются.',
      en: 'The skills or the knowledge of a card that are the same (error) or nearly the same (warning, at least 70% of the items either way) as on the next lower level of the same profession: the levels do not differ.',
    },
  },
  'same-requirements-across-levels': {
    name: {
      kk: 'Деңгейлердің талаптары бірдей',
      ru: 'Одинаковые требования уровней',
      en: 'Same requirements across levels',
    },
    description: {
      kk: 'Сол кәсіптің бір саты төмен деңгейіндегімен бірдей біліктілік талаптары (білім, салалар, санаттар бойынша жұмыс өтілі).',
      ru: 'Квалификационные требования (образование, направления, стаж по категориям), совпадающие с требованиями соседнего нижнего уровня той же профессии.',
      en: 'Qualification requirements (education, fields, experience per category) that are identical to those of the next lower level of the same profession.',
    },
  },
  'experience-not-increasing': {
    name: { kk: 'Жұмыс өтілі өспейді', ru: 'Стаж не растёт', en: 'Experience not increasing' },
    description: {
      kk: 'Бір талаптар тобында ең аз жұмыс өтілі санаттан санатқа қарай өсуі керек (санатсыз → екінші → бірінші → жоғары): азы — қате, бірдейі — ескерту.',
      ru: 'В одной группе требований минимальный стаж должен расти от категории к категории (без категории → вторая → первая → высшая): меньше — ошибка, столько же — предупреждение.',
      en: 'Within one requirement group, the minimum years of experience must grow from category to category (none → second → first → higher): less is an error, the same a warning.',
    },
  },
  'education-level-mismatch': {
    name: {
      kk: 'Білім деңгейі сәйкес емес',
      ru: 'Несоответствие уровня образования',
      en: 'Education level mismatch',
    },
    description: {
      kk: 'Карточканың білім деңгейі ұяшығында көрсетілгеннен азырақ (немесе көбірек) білімді қабылдайтын не ұяшықта жоқ салаларды атайтын біліктілік талабы; жұмыс өтілі талабын көрсететін білім деңгейі ұяшығы.',
      ru: 'Квалификационное требование, допускающее меньшее (или требующее большее) образование, чем указано в ячейке уровня образования карточки, или называющее направления, которых в ячейке нет; ячейка уровня образования, в которой указано требование к стажу.',
      en: "A qualification requirement that accepts less (or asks more) education than the card's education-level cell states, or names fields the cell does not; an education-level cell that states an experience requirement.",
    },
  },
  'profession-without-card': {
    name: { kk: 'Карточкасыз кәсіп', ru: 'Профессия без карточки', en: 'Profession without card' },
    description: {
      kk: 'Тізбедегі бірде-бір карточкасы жоқ кәсіп, карточкасы жоқ тізбедегі деңгей немесе тізбе атамайтын карточка.',
      ru: 'Профессия из перечня без единой карточки, указанный в перечне уровень без карточки или карточка, которой нет в перечне.',
      en: 'A profession of the list without any card, a listed level without a card, or a card that the list does not name.',
    },
  },
  'missing-content': {
    name: { kk: 'Мазмұн жоқ', ru: 'Нет содержания', en: 'Missing content' },
    description: {
      kk: 'Еңбек функциялары жоқ карточка, міндеттері жоқ функция, дағдылары не білімі жоқ міндет (не тұтас карточка), біліктілік талаптары жоқ карточка.',
      ru: 'Карточка без трудовых функций, функция без задач, задача (или вся карточка) без навыков или знаний, карточка без квалификационных требований.',
      en: 'A card without labour functions, a function without tasks, a task (or a whole card) without skills or knowledge, a card without qualification requirements.',
    },
  },
  'cut-off-text': {
    name: { kk: 'Үзіліп қалған мәтін', ru: 'Оборванный текст', en: 'Cut-off text' },
    description: {
      kk: 'Бос мәтін, үтірмен немесе жалғасын қажет ететін сөзбен («және», «бойынша») аяқталған мәтін, жабылмаған не ашылмаған жақша, жұпсыз тырнақша.',
      ru: 'Пустой текст, текст, оканчивающийся запятой или словом, требующим продолжения («және», «бойынша»), незакрытая или неоткрытая скобка, непарная кавычка.',
      en: 'An empty text, a text ending in a comma or in a word that needs a continuation ("және", "бойынша"), an unclosed or unopened bracket, an unpaired quote.',
    },
  },
  'list-numbering': {
    name: { kk: 'Тізім нөмірленуі', ru: 'Нумерация списка', en: 'List numbering' },
    description: {
      kk: 'Дағдылар не білім тізімінің қайталанатын не өткізіп жіберілген басылған нөмірлері (ескерту) немесе соңғы элементтері нөмірін жоғалтқан тізім (ақпарат).',
      ru: 'Напечатанные номера списка навыков или знаний, которые повторяются или пропущены (предупреждение), или список, последние элементы которого потеряли номера (информация).',
      en: 'Printed numbers of a skills or knowledge list that repeat or skip (warning), or a list whose last items lost their numbers (info).',
    },
  },
} as const satisfies Record<string, RuleTexts>;

export type QualityRuleId = keyof typeof QUALITY_RULES;

/** `quality.rule.<id>.name` and `.description`, for the one catalogue. */
export const QUALITY_RULE_MESSAGES = Object.fromEntries(
  Object.entries(QUALITY_RULES).flatMap(([id, t]) => [
    [`quality.rule.${id}.name`, t.name],
    [`quality.rule.${id}.description`, t.description],
  ]),
) as Record<`quality.rule.${QualityRuleId}.${'name' | 'description'}`, Texts>;
