import type { waves as en } from '../en/waves';
import type { MessageTree } from '../messages';

export const waves: MessageTree<typeof en> = {
  resources: {
    waves: {
      name: 'Волна |||| Волны |||| Волн',
      forcedCaseName: 'волна |||| волны |||| волн',
      fields: {
        id: 'ID',
        code: 'Код',
        name: 'Название',
        nameEn: 'Название на английском',
        nameRu: 'Название на русском',
        opensOn: 'Начало',
        nationalDeadline: 'Федеральный срок',
      },
    },
  },
  errors: {
    wave_not_found: 'Такой волны нет.',
  },
};
