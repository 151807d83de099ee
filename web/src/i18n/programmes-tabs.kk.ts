/** The programme page's coverage, history and impact tabs, its actions and downloads (kk); spread into ./kk.ts. */
export const programmesTabsKk = {
  'prog.coverage.title': 'Қамту матрицасы',
  // The coverage tab: the summary in words.
  'prog.coverage.summaryTitle': 'Қамту қорытындысы',
  'prog.coverage.summary':
    'Қамтылмаған: {skills} білік және {knowledge} білім. Тек теориямен қамтылған: {theory} білік. Ерекшелік жасалғаны: {excepted}.',
  'prog.coverage.ofTotal': '(Карточкада барлығы {skills} білік және {knowledge} білім.)',
  'prog.coverage.blocked':
    'Бағдарламаны түпкілікті деп белгілеуге әлі болмайды: {count} элемент қамтылмаған және жазбаша ерекшелігі жоқ.',
  'prog.coverage.finalisable':
    'Карточканың барлық білігі мен білімі қамтылған немесе жазбаша ерекшелігі бар: бағдарламаны түпкілікті деп белгілеуге болады.',
  'prog.coverage.volume': 'Көлемі: тақырыпта {declared} {unit}, модульдер бойынша {planned} {unit}.',
  'prog.coverage.volumeOver': 'Модульдер {diff} {unit} артық.',
  'prog.coverage.volumeUnder': 'Модульдерге әлі {diff} {unit} жетпейді.',
  'prog.coverage.unknownLinks':
    'Оқыту нәтижелерінің {count} байланысы бағдарлама карточкаларында жоқ элементке сілтейді (басқа карточканікі немесе алып тасталған):',
  // The matrix.
  'prog.coverage.matrixCaption':
    'Карточка элементтері (еңбек функциясы және міндет бойынша) мен модульдер: әр ұяшықта элементті дамытатын оқыту нәтижелерінің саны',
  'prog.coverage.filter': 'Көрсету',
  'prog.coverage.show.all': 'Барлығы',
  'prog.coverage.show.uncovered': 'Қамтылмағандар',
  'prog.coverage.show.theory-only': 'Тек теориямен',
  'prog.coverage.show.excepted': 'Ерекшеліктер',
  'prog.coverage.item': 'Білік немесе білім',
  'prog.coverage.status': 'Қамтылуы',
  'prog.coverage.skill': 'Білік',
  'prog.coverage.knowledge': 'Білім',
  'prog.coverage.practical': 'Практикалық модуль',
  'prog.coverage.cell': '{module} модулінде: {count} оқыту нәтижесі',
  'prog.coverage.noneShown': 'Бұл сүзгіге сай элемент жоқ.',
  'prog.coverage.readOnly': 'Ерекшеліктерді тек әзірленіп жатқан бағдарламада қосуға немесе алып тастауға болады.',
  'prog.coverage.st.covered': 'Қамтылған',
  'prog.coverage.st.theory-only': 'Тек теориямен',
  'prog.coverage.st.uncovered': 'Қамтылмаған',
  'prog.coverage.st.excepted': 'Ерекшелік',
  'prog.coverage.legend': 'Ұяшық түстері',
  'prog.coverage.legend0': 'Модульде қамтылмаған (·)',
  'prog.coverage.legend1': '1 оқыту нәтижесі',
  'prog.coverage.legend2': '2 және одан көп оқыту нәтижесі',
  // Exceptions.
  'prog.coverage.exceptionAdd': 'Ерекшелік қосу',
  'prog.coverage.exceptionRemove': 'Ерекшелікті алып тастау',
  'prog.coverage.exceptionTitle': 'Қамтылмаған элементке ерекшелік',
  'prog.coverage.exceptionSave': 'Ерекшелікті сақтау',
  'prog.coverage.reason': 'Негіздемесі',
  'prog.coverage.reasonHint':
    'Бұл элемент неліктен бағдарламада оқытылмайтынын жазыңыз (мысалы, жұмыс орнында оқытылады). Негіздеме бағдарлама құжатына енеді.',
  // Hours per labour function.
  'prog.coverage.hoursTitle': 'Еңбек функциялары бойынша сағаттар',
  'prog.coverage.function': 'Еңбек функциясы',
  'prog.coverage.hours': 'Сағат',
  'prog.coverage.itemsCovered': 'Қамтылған элементтер',
  'prog.coverage.ofItems': '{covered} / {items}',
  'prog.coverage.unattributed': 'Карточка элементтерімен байланыспаған модульдердің сағаттары',
  'prog.coverage.hoursNote':
    'Модуль сағаттары ол байланыстыратын элементтердің еңбек функцияларына элемент санына қарай бөлінеді.',

  // The header's status actions.
  'prog.actions.finalise': 'Түпкілікті деп белгілеу',
  'prog.actions.blocked':
    'Бағдарлама түпкілікті деп белгіленбеді: {count} элемент қамтылмаған және жазбаша ерекшелігі жоқ.',
  'prog.actions.blockedLink': 'Қамтылмаған элементтерді матрицадан көру',
  'prog.actions.reopen': 'Өңдеу үшін қайта ашу',
  'prog.actions.reopenTitle': 'Бағдарламаны өңдеу үшін қайта ашу керек пе?',
  'prog.actions.reopenQuestion':
    'Бағдарлама қайтадан әзірленіп жатқан күйге өтеді. Өзгерткеннен кейін оны қайта түпкілікті деп белгілеу керек.',
  'prog.actions.reopenYes': 'Иә, қайта ашу',
  'prog.actions.archive': 'Мұрағатқа жіберу',
  'prog.actions.archiveTitle': 'Бағдарламаны мұрағатқа жіберу керек пе?',
  'prog.actions.archiveQuestion':
    'Бағдарлама тізімнен жасырылады, бірақ ештеңе жойылмайды: оны кез келген уақытта қайта ашуға болады.',
  'prog.actions.archiveYes': 'Иә, мұрағатқа жіберу',
  'prog.actions.unarchive': 'Қайта ашу',
  'prog.actions.unarchiveTitle': 'Мұрағаттағы бағдарламаны қайта ашу керек пе?',
  'prog.actions.unarchiveQuestion': 'Бағдарлама әзірленіп жатқан күйге қайтады және оны өзгертуге болады.',
  'prog.actions.unarchiveYes': 'Иә, қайта ашу',
  'prog.actions.saveFirst': 'Алдымен «Модульдер» қойындысындағы сақталмаған өзгерістерді сақтаңыз.',
  'prog.actions.conflict':
    'Бағдарламаны сіз ашқаннан кейін басқа біреу сақтаған. Сақталған нұсқаны жүктеп, қайталап көріңіз.',
  'prog.actions.reload': 'Сақталған нұсқаны жүктеу',
  'prog.actions.close': 'Жабу',

  // The history tab.
  'prog.history.title': 'Нұсқалар тарихы',
  'prog.history.version': '{version}-нұсқа',
  'prog.history.current': 'ағымдағы',
  'prog.history.nobody': 'тіркелгісі жойылған',
  'prog.history.noSummary': 'Өзгерістер сипаттамасы жоқ.',
  'prog.history.view': 'Қарау',
  'prog.history.hide': 'Жасыру',
  'prog.history.restore': 'Осы нұсқаны қалпына келтіру',
  'prog.history.restoreTitle': '{version}-нұсқаны қалпына келтіру керек пе?',
  'prog.history.restoreQuestion':
    '{version}-нұсқаның мазмұны жаңа {next}-нұсқа ретінде сақталады; кейінгі нұсқалар тарихта қалады.',
  'prog.history.restoreYes': 'Иә, қалпына келтіру',
  'prog.history.restoreDraftOnly': 'Нұсқаны тек әзірленіп жатқан бағдарламада қалпына келтіруге болады.',
  'prog.history.volume': 'көлемі {value} {unit}',
  'prog.history.hours': 'теория {theory} сағ, практика {practice} сағ',
  'prog.history.criteria': 'бағалау критерийлері: {count}',
  'prog.history.noModules': 'Модульдер жоқ.',
  'prog.history.exceptions': 'Ерекшеліктер',

  // The impact tab.
  'prog.impact.title': 'Стандарттың жаңа басылымының әсері',
  'prog.impact.upToDate': 'Бағдарлама стандарттың ағымдағы басылымына ({edition}) негізделген: өзгеріс жоқ.',
  'prog.impact.card': 'Мамандық карточкасы',
  'prog.impact.level': '{level}-деңгей',
  'prog.impact.builtOn': 'Бағдарлама негізделген басылым',
  'prog.impact.current': 'Ағымдағы басылым',
  'prog.impact.notInCurrent': 'ағымдағы басылымда жоқ',
  'prog.impact.linksTitle': 'Элементтері өзгерген немесе алып тасталған оқыту нәтижелері',
  'prog.impact.noLinks': 'Оқыту нәтижелері байланыстырған элементтердің ешқайсысы өзгермеген.',
  'prog.impact.changed': 'мәтіні өзгерген',
  'prog.impact.removed': 'алып тасталған',
  'prog.impact.removedText': 'алып тасталған мәтін',
  'prog.impact.addedTitle': 'Жаңа басылымда қосылған, әлі байланыстырылмаған элементтер',
  'prog.impact.noAdded': 'Жаңа элемент жоқ.',
  'prog.impact.rebase': 'Ағымдағы басылымға көшіру',
  'prog.impact.rebaseTitle': 'Бағдарламаны ағымдағы басылымға көшіру керек пе?',
  'prog.impact.rebaseYes': 'Иә, көшіру',
  'prog.impact.rebaseQuestion': 'Бағдарлама карточкалары {edition} басылымынан оқылады.',
  'prog.impact.willDrop': 'Алып тасталған элементтерге {count} байланыс жойылады:',
  'prog.impact.dropsNothing': 'Ешбір байланыс жойылмайды.',
  'prog.impact.rebased': 'Бағдарлама ағымдағы басылымға көшірілді; жойылған байланыстар: {count}.',
  'prog.impact.draftOnly':
    'Ағымдағы басылымға тек әзірленіп жатқан бағдарламаны көшіруге болады: алдымен оны қайта ашыңыз.',

  // The downloads menu.
  'prog.download.title': 'Жүктеп алу',
  'prog.download.draftNote': 'Бағдарлама әлі әзірленуде: құжаттарда «ЖОБА» деп белгіленеді.',
  'prog.download.docx': 'Бағдарлама, DOCX',
  'prog.download.docxAbout': 'Бекітуге тапсырылатын құжат: титул парағы, модульдер, оқыту нәтижелері, қамту матрицасы.',
  'prog.download.pdf': 'Бағдарлама, PDF',
  'prog.download.pdfAbout': 'Сол құжат басып шығаруға және оқуға арналған.',
  'prog.download.xlsx': 'Қамту матрицасы, XLSX',
  'prog.download.xlsxAbout': 'Матрица, еңбек функциялары бойынша сағаттар және ерекшеліктер кестелері.',
  'prog.download.moodle': 'Moodle құзыреттер шеңбері, CSV',
  'prog.download.moodleAbout':
    'Moodle-дің құзыреттер шеңберін импорттау бетінде жүктеледі: колледж курстарын карточка құрылымына байланыстырады.',
  'prog.download.case': 'IMS CASE байланыстары, JSON',
  'prog.download.caseAbout':
    'Оқыту нәтижелерінен карточка элементтеріне байланыстар, басқа жүйелер үшін (IMS CASE 1.1).',
  'prog.download.inKk': 'қазақша',
  'prog.download.inRu': 'орысша',
  'prog.download.file': 'файлды жүктеу',
};
