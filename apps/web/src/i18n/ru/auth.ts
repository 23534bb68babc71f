import type { auth as en } from '../en/auth';
import type { MessageTree } from '../messages';

export const auth: MessageTree<typeof en> = {
  cutover: {
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
      demo_accounts:
        'Демонстрационный режим: демонстрационные учётные записи и их пароль перечислены в README, раздел «Run it».',
    },
  },
};
