import type { exports as en } from '../en/exports';
import type { MessageTree } from '../messages';

export const exports: MessageTree<typeof en> = {
  cutover: {
    exports: {
      button: 'Экспорт',
      pack: 'Пакет для аудита',
      format: 'Формат',
      choices: {
        csv: 'CSV',
        csvExcel: 'CSV для Excel (точка с запятой, BOM)',
        xlsx: 'Книга Excel (XLSX)',
      },
      pack_explained:
        'Один архив по этой единице: её поддерево, охват, действующие сроки и политики, выписка из журнала аудита и манифест с SHA-256 каждого файла.',
      start: 'Начать экспорт',
      queued: 'Экспорт ожидает запуска…',
      running: 'Идёт экспорт',
      progress:
        'Записана %{count} строка… |||| Записано %{count} строки… |||| Записано %{count} строк…',
      ready: 'Готово: %{count} строка. |||| Готово: %{count} строки. |||| Готово: %{count} строк.',
      download: 'Скачать %{name}',
      manifest: 'Скачать манифест (SHA-256 и запись аудита)',
      again: 'Новый экспорт',
      titles: {
        staff: 'Экспорт сотрудников',
        chats: 'Экспорт чатов',
        auditLog: 'Экспорт журнала аудита',
        regions: 'Экспорт регионов',
        municipalities: 'Экспорт муниципалитетов',
        institutions: 'Экспорт учреждений',
        users: 'Экспорт пользователей',
        imports: 'Экспорт списка импортов',
        adoption: 'Экспорт отчёта об охвате',
        pack: 'Пакет для аудита: %{name}',
      },
    },
  },
  exports: {
    errors: {
      interrupted:
        'Экспорт прервался, не завершившись (сервер перезапускался). Выполните экспорт заново.',
      not_ready: 'Экспорт ещё не завершён.',
      expired:
        'Файл больше не хранится (экспорты удаляются через 24 часа). Выполните экспорт заново.',
      format: 'Этот отчёт нельзя выгрузить в таком формате.',
    },
  },
};
