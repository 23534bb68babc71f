import type { resources as en } from '../en/resources';
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

export const resources: MessageTree<typeof en> = {
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
  staff: {
    name: 'Сотрудник |||| Сотрудники |||| Сотрудников',
    forcedCaseName: 'сотрудник |||| сотрудника |||| сотрудников',
    fields: {
      id: 'ID',
      fullName: 'ФИО',
      role: 'Должность',
      funnelStatus: 'Статус на платформе',
      orgUnitId: 'Организация',
      orgUnitName: 'Организация',
      withinId: 'Где угодно в регионе',
      inactiveForDays: 'Не активен',
      phone: 'Телефон',
      email: 'Электронная почта',
      externalId: 'Внешний ID',
      invitedAt: 'Приглашён',
      registeredAt: 'Зарегистрирован',
      lastActiveAt: 'Последняя активность',
      deactivatedAt: 'Деактивирован',
      updatedAt: 'Обновлено',
      q: 'Поиск по ФИО',
    },
  },
};
