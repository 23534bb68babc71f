import type { deadlines as en } from '../en/deadlines';
import type { MessageTree } from '../messages';

export const deadlines: MessageTree<typeof en> = {
  resources: {
    deadlines: {
      name: 'Срок |||| Сроки |||| Сроков',
      forcedCaseName: 'срок |||| срока |||| сроков',
      fields: {
        id: 'ID',
        orgUnitId: 'Подразделение',
        orgUnitName: 'Подразделение',
        withinId: 'Внутри',
        waveId: 'Волна',
        deadline: 'Срок',
        reason: 'Основание',
        setByLogin: 'Кто установил',
        setAt: 'Когда установлен',
      },
    },
  },
  cutover: {
    deadlines: {
      saved: 'Срок установлен.',
      undercut:
        '%{smart_count} срок ниже по иерархии позже нового: проверьте его. |||| %{smart_count} срока ниже по иерархии позже нового: проверьте их. |||| %{smart_count} сроков ниже по иерархии позже нового: проверьте их.',
      remove: 'Удалить свой срок',
      remove_title: 'Удалить срок для «%{name}»?',
      remove_content: 'Подразделение снова унаследует срок, установленный выше.',
      removed: 'Свой срок удалён: подразделение снова наследует срок, установленный выше.',
      reason_hint: 'Почему такая дата: приказ, пилот, обращение (от 3 до 500 символов).',
      unit_hint: 'Любое подразделение в вашей зоне; его подчинённые унаследуют дату.',
    },
  },
  errors: {
    deadline_later_than_parent: 'Срок не может быть позже установленного выше (%{limit}).',
    deadline_invalid_date: 'Введите правильную дату.',
  },
};
