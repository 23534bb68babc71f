import type { orgUnits as en } from '../en/org-units';
import type { MessageTree } from '../messages';

const orgUnitFields = {
  id: 'ID',
  name: 'Название',
  nameEn: 'Название на английском',
  level: 'Уровень',
  kind: 'Тип',
  authorityName: 'Орган управления образованием',
  institutions: 'Организаций в подчинении',
  staff: 'Сотрудников в подчинении',
  validFrom: 'Действует с',
  validTo: 'Действует по',
  updatedAt: 'Обновлено',
  q: 'Поиск по названию или коду',
};

export const orgUnits: MessageTree<typeof en> = {
  resources: {
    // No name: the menu then shows the tree browser's own label (cutover.hierarchy.menu).
    orgUnits: {
      notifications: { created: 'Единица создана.', updated: 'Единица сохранена.' },
    },
    regions: {
      name: 'Регион |||| Регионы |||| Регионов',
      forcedCaseName: 'регион |||| региона |||| регионов',
      fields: {
        ...orgUnitFields,
        code: 'Код ISO 3166-2',
        populationK: 'Население, тыс.',
        childCount: 'Муниципалитеты',
      },
    },
    municipalities: {
      name: 'Муниципалитет |||| Муниципалитеты |||| Муниципалитетов',
      forcedCaseName: 'муниципалитет |||| муниципалитета |||| муниципалитетов',
      fields: {
        ...orgUnitFields,
        code: 'Код ОКТМО',
        parentId: 'Регион',
        childCount: 'Организации',
      },
    },
    institutions: {
      name: 'Организация |||| Организации |||| Организаций',
      forcedCaseName: 'организация |||| организации |||| организаций',
      fields: {
        ...orgUnitFields,
        code: 'Идентификатор в реестре',
        parentId: 'Муниципалитет',
        withinId: 'Где угодно в регионе',
        staff: 'Сотрудников',
      },
    },
  },
  cutover: {
    hierarchy: {
      menu: 'Иерархия',
      title: 'Иерархия',
      tree: 'Дерево иерархии',
      search: 'Найти единицу по названию или коду',
      search_hint: 'Не меньше 2 символов; поиск по всей вашей зоне ответственности.',
      searching: 'Поиск…',
      results: 'Результаты поиска',
      no_results: 'В вашей зоне ответственности ничего не найдено.',
      reveal: 'Показать в дереве',
      loading: 'Загрузка единиц…',
      expand: 'Развернуть: %{name}',
      collapse: 'Свернуть: %{name}',
      children:
        '%{smart_count} подчинённая единица |||| %{smart_count} подчинённые единицы |||| %{smart_count} подчинённых единиц',
    },
    org_actions: {
      add_municipalities: 'Добавить муниципалитет',
      add_institutions: 'Добавить организацию',
      move: 'Перенести',
      move_title: 'Перенос: %{name}',
      moved: '%{name}: перенос выполнен.',
      new_parent: 'Новая вышестоящая единица',
      reason: 'Основание',
      reason_hint: 'Записывается в журнал аудита вместе с изменением (от 3 до 500 символов).',
      close: 'Закрыть единицу',
      close_title: 'Закрытие: %{name}',
      closed: '%{name}: единица закрыта.',
      closed_on: 'Единица закрыта %{date}. Она остаётся в истории и в срезах «на дату».',
      valid_to: 'Дата закрытия',
      merge: 'Объединить с…',
      merge_title: 'Объединение: %{name} присоединяется к другой организации',
      merge_target: 'Организация, к которой присоединить',
      merged: '%{name}: объединение выполнено; сотрудники и чаты перенесены в эту организацию.',
    },
    org_search: {
      loading: 'Поиск…',
      no_options: 'В вашей зоне ответственности нет подходящих единиц',
      type_to_search: 'Введите не меньше 2 символов для поиска',
    },
  },
  enums: {
    level: {
      country: 'Страна',
      region: 'Регион',
      municipality: 'Муниципалитет',
      institution: 'Организация',
    },
    kind: {
      country: 'Страна',
      region: 'Регион',
      municipality: 'Муниципалитет',
      school: 'Школа',
      preschool: 'Детский сад',
      college: 'Колледж',
      technical_school: 'Техникум',
      other: 'Другое',
    },
  },
};
