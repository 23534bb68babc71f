/**
 * Per region: OKTMO prefix, tax-office (INN) prefix, adjective and genitive of the capital.
 * OKTMO prefixes are the real ones except for the three autonomous okrugs, which in real
 * OKTMO nest inside their oblast's prefix (11 8.., 71 8.., 71 9..); here every region needs
 * a prefix of its own, so they take unused ones.
 */
const table = `
RU-AD 79 01 Майкопский Майкопа
RU-AL 84 04 Горно-Алтайский Горно-Алтайска
RU-BA 80 02 Уфимский Уфы
RU-BU 81 03 Улан-Удэнский Улан-Удэ
RU-CE 96 20 Грозненский Грозного
RU-CU 97 21 Чебоксарский Чебоксар
RU-DA 82 05 Махачкалинский Махачкалы
RU-IN 26 06 Магасский Магаса
RU-KB 83 07 Нальчикский Нальчика
RU-KL 85 08 Элистинский Элисты
RU-KC 91 09 Черкесский Черкесска
RU-KR 86 10 Петрозаводский Петрозаводска
RU-KK 95 19 Абаканский Абакана
RU-KO 87 11 Сыктывкарский Сыктывкара
RU-ME 88 12 Йошкар-Олинский Йошкар-Олы
RU-MO 89 13 Саранский Саранска
RU-SA 98 14 Якутский Якутска
RU-SE 90 15 Владикавказский Владикавказа
RU-TA 92 16 Казанский Казани
RU-TY 93 17 Кызылский Кызыла
RU-UD 94 18 Ижевский Ижевска
RU-ALT 01 22 Барнаульский Барнаула
RU-KAM 30 41 Камчатский Петропавловска-Камчатского
RU-KHA 08 27 Хабаровский Хабаровска
RU-KDA 03 23 Краснодарский Краснодара
RU-KYA 04 24 Красноярский Красноярска
RU-PER 57 59 Пермский Перми
RU-PRI 05 25 Владивостокский Владивостока
RU-STA 07 26 Ставропольский Ставрополя
RU-ZAB 76 75 Читинский Читы
RU-AMU 10 28 Благовещенский Благовещенска
RU-ARK 11 29 Архангельский Архангельска
RU-AST 12 30 Астраханский Астрахани
RU-BEL 14 31 Белгородский Белгорода
RU-BRY 15 32 Брянский Брянска
RU-CHE 75 74 Челябинский Челябинска
RU-IRK 25 38 Иркутский Иркутска
RU-IVA 24 37 Ивановский Иваново
RU-KGD 27 39 Калининградский Калининграда
RU-KLU 29 40 Калужский Калуги
RU-KEM 32 42 Кемеровский Кемерово
RU-KIR 33 43 Кировский Кирова
RU-KOS 34 44 Костромской Костромы
RU-KGN 37 45 Курганский Кургана
RU-KRS 38 46 Курский Курска
RU-LEN 41 47 Гатчинский Гатчины
RU-LIP 42 48 Липецкий Липецка
RU-MAG 44 49 Магаданский Магадана
RU-MOS 46 50 Красногорский Красногорска
RU-MUR 47 51 Мурманский Мурманска
RU-NIZ 22 52 Нижегородский Нижнего_Новгорода
RU-NGR 49 53 Новгородский Великого_Новгорода
RU-NVS 50 54 Новосибирский Новосибирска
RU-OMS 52 55 Омский Омска
RU-ORE 53 56 Оренбургский Оренбурга
RU-ORL 54 57 Орловский Орла
RU-PNZ 56 58 Пензенский Пензы
RU-PSK 58 60 Псковский Пскова
RU-ROS 60 61 Ростовский Ростова-на-Дону
RU-RYA 61 62 Рязанский Рязани
RU-SAK 64 65 Сахалинский Южно-Сахалинска
RU-SAM 36 63 Самарский Самары
RU-SAR 63 64 Саратовский Саратова
RU-SMO 66 67 Смоленский Смоленска
RU-SVE 65 66 Екатеринбургский Екатеринбурга
RU-TAM 68 68 Тамбовский Тамбова
RU-TOM 69 70 Томский Томска
RU-TUL 70 71 Тульский Тулы
RU-TVE 28 69 Тверской Твери
RU-TYU 71 72 Тюменский Тюмени
RU-ULY 73 73 Ульяновский Ульяновска
RU-VLA 17 33 Владимирский Владимира
RU-VGG 18 34 Волгоградский Волгограда
RU-VLG 19 35 Вологодский Вологды
RU-VOR 20 36 Воронежский Воронежа
RU-YAR 78 76 Ярославский Ярославля
RU-MOW 45 77 Московский Москвы
RU-SPE 40 78 Санкт-Петербургский Санкт-Петербурга
RU-YEV 99 79 Биробиджанский Биробиджана
RU-CHU 77 87 Анадырский Анадыря
RU-KHM 72 86 Ханты-Мансийский Ханты-Мансийска
RU-NEN 02 83 Нарьян-Марский Нарьян-Мара
RU-YAN 74 89 Салехардский Салехарда
`;

export interface RegionCodes {
  oktmoPrefix: string;
  innPrefix: string;
  capitalAdjective: string;
  capitalGenitive: string;
}

export const regionCodes: ReadonlyMap<string, RegionCodes> = new Map(
  table
    .trim()
    .split('\n')
    .map((line) => {
      const [iso = '', oktmoPrefix = '', innPrefix = '', capitalAdjective = '', genitive = ''] =
        line.split(' ');
      const capitalGenitive = genitive.replaceAll('_', ' ');
      return [iso, { oktmoPrefix, innPrefix, capitalAdjective, capitalGenitive }] as const;
    }),
);

export function codesOf(iso: string): RegionCodes {
  const codes = regionCodes.get(iso);
  if (!codes) throw new Error(`no codes for region ${iso}`);
  return codes;
}
