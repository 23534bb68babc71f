import type { cutover as en } from '../en/app';
import type { MessageTree } from '../messages';

export const cutover: MessageTree<typeof en> = {
  app: {
    title: 'Cutover',
    tagline: 'Контроль перехода школьных чатов',
  },
  auth: {
    page_title: 'Вход',
    heading: 'Вход в Cutover',
    login: 'Логин',
    password: 'Пароль',
    sign_in: 'Войти',
    second_factor_due: 'Введите код подтверждения',
    totp_heading: 'Двухэтапная проверка',
    totp_verify_hint: 'Введите 6-значный код из приложения-аутентификатора.',
    totp_enrol_hint:
      'Для вашей учётной записи нужна двухэтапная проверка. Добавьте этот ключ в приложение-аутентификатор (введите секретный ключ или откройте ссылку настройки), затем введите показанный код.',
    secret: 'Секретный ключ',
    uri: 'Ссылка настройки (otpauth URI)',
    code: 'Код подтверждения',
    verify: 'Подтвердить',
    back: 'Вернуться ко входу',
  },
  layout: {
    scope: 'Зона ответственности',
    role: 'Роль',
    menu: 'Главное меню',
  },
  org: {
    breadcrumb: 'Положение в иерархии',
    details: 'Сведения',
    subtree: 'В подчинении',
    empty: 'Здесь пока ничего нет.',
    open: 'Открыть: %{name}',
  },
  staff: {
    status: 'Статус на платформе',
    contacts: 'Контакты',
    placement: 'Место работы',
  },
  filters: {
    inactive_days:
      '%{smart_count} день и более |||| %{smart_count} дня и более |||| %{smart_count} дней и более',
  },
};
