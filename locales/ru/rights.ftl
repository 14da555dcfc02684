# Amana — русский: как пользоваться правами (запросы о своих данных). Во всех языках одни и те же ключи.

nav-my-requests = Мои запросы

## Действия рядом с каждым полем на странице «Мои данные»
action-correct = Здесь ошибка
action-erase = Удалить это
action-restrict = Не использовать это
my-data-erase-all = Попросить удалить все мои данные

## Формы запросов
request-correct-title = Исправить ваши данные
request-erase-title = Удалить ваши данные
request-restrict-title = Остановить использование ваших данных
request-erase-all-title = Удалить все ваши данные
request-proposed-value = Как должно быть
request-proposed-value-hint = Напишите правильные данные.
request-erase-explained = Вы просите удалить эти данные. Некоторые данные по закону нужно хранить. В таком случае мы объясним вам почему.
request-erase-all-explained = Вы просите удалить все данные, которые о вас хранятся. Некоторые данные по закону нужно хранить, например пока ваше дело открыто. В таком случае мы объясним вам, какие данные и почему.
request-restrict-choose = Чего вы хотите?
request-restriction-explained = Хранить данные, но не использовать их, пока их проверяют (например, потому что вы считаете, что они неверны).
request-objection-explained = Перестать использовать данные для этой цели из-за вашей личной ситуации.
request-explanation = Что вы хотите добавить (необязательно)
request-explanation-hint = Например, почему или что случилось. Документы можно отправить и позже.
request-deadline-explained = Подать запрос можно бесплатно. Вы получите ответ в течение одного месяца. Если ваш запрос сложный, срок могут продлить ещё на два месяца, и вам объяснят почему.
request-send = Отправить запрос
request-cancel = Вернуться, не отправляя
request-whole-record = Все мои данные

## Виды и состояния запросов
kind-access = Копия моих данных
kind-correction = Исправление
kind-erasure = Удаление
kind-restriction = Приостановить использование
kind-objection = Возражение против использования
kind-complaint = Жалоба
status-submitted = Получен
status-in_review = Проверяется
status-awaiting_information = Ждём от вас информацию
status-decided = Решение принято
status-completed = Выполнен
status-withdrawn = Отозван

## Мои запросы
requests-title = Мои запросы
requests-intro = Здесь вы можете следить за всем, о чём вы просили, видеть, до какой даты вы получите ответ, и читать сообщения.
requests-none = Вы пока не подали ни одного запроса. Чтобы подать запрос, откройте «Мои данные» и выберите нужные данные.
requests-back = Назад к моим запросам
request-title = Ваш запрос
request-reference = Номер
request-kind = Запрос
request-about = Касается
request-status = Состояние
request-received = Дата получения
request-due = Ответ до
request-extended = Срок ответа продлён. Причина:
request-decision = Решение
request-timeline = Что произошло
request-upstream = В собственных системах ведомства
request-upstream-done = Выполнено в системе { $system }: { $date }.
request-upstream-waiting = В системе { $system } пока не выполнено. Сотрудники следят за этим.
request-messages = Сообщения
request-no-messages = Сообщений пока нет.
request-add-information = Добавить информацию или ответить
request-add-information-hint = Напишите здесь, если хотите что-то добавить или ответить на вопрос.
request-send-information = Отправить
request-withdraw = Отозвать этот запрос
notice-request-filed = Ваш запрос получен. Мы отправили вам подтверждение.
notice-request-sent = Ваше сообщение добавлено к запросу.
notice-request-withdrawn = Ваш запрос отозван. Больше по нему ничего не будет сделано.

actor-you = Вы
actor-system = Amana
actor-source = { $role } · { $office } (в системе { $system })
role-caseworker = Сотрудник, ведущий дело
role-reviewer = Проверяющий
role-dpo = Уполномоченный по защите данных
role-admin = Администратор
role-auditor = Аудитор

timeline-submitted = Запрос получен
timeline-in-review = Проверяется
timeline-information-requested = Запрошена дополнительная информация
timeline-information-added = Информация добавлена
timeline-extended = Срок ответа продлён
timeline-decided = Решение принято
timeline-completed = Выполнено
timeline-withdrawn = Запрос отозван

reason-legal-obligation = Закон требует, чтобы мы хранили эти данные.
reason-still-needed-for-case = Эти данные ещё нужны для вашего открытого дела.
reason-accuracy-confirmed = Мы проверили эти данные, они верные.
reason-public-interest = Использование нужно для задачи в интересах общества, и эта задача важнее вашей личной ситуации.

## Отзыв запроса
withdraw-title = Отозвать запрос?
withdraw-explained = Если вы отзовёте запрос, мы перестанем над ним работать. Новый запрос можно подать в любое время.
withdraw-confirm = Да, отозвать
withdraw-cancel = Нет, оставить запрос

## Ошибки
RQ-001 = У вас уже есть открытый запрос об этом. Следить за ним можно в разделе «Мои запросы».
RQ-002 = По этому запросу уже принято решение или он отозван, поэтому его нельзя изменить.
RQ-010 = Напишите, какими должны быть данные.
RQ-011 = Слишком длинный текст. Сократите его до 500 знаков.
RQ-012 = Слишком длинный текст. Сократите его до 2000 знаков.
RQ-013 = У нас уже записано именно так. Напишите, как должно быть правильно.
RQ-014 = Перед отправкой напишите сообщение.
RQ-015 = Слишком длинный текст. Сократите его до 2000 знаков.
RQ-016 = Выберите один из вариантов.

## Письма (в них никогда нет личных данных)
mail-request-received-subject = Мы получили ваш запрос
mail-request-received-body =
    Мы получили ваш запрос. Вы получите ответ в течение одного месяца.

    Войдите, чтобы следить за ним: { $url }
mail-request-news-subject = Есть новости по вашему запросу
mail-request-news-body =
    Есть новости по вашему запросу. Войдите, чтобы прочитать: { $url }

## Документы
request-evidence = Документ (необязательно)
request-evidence-hint = PDF или фото (JPEG или PNG), до 5 МБ. Например, справка, в которой указаны правильные данные.
request-documents = Документы, которые вы отправили
request-document = Документ
RQ-020 = Файл слишком большой. Отправьте файл размером до 5 МБ.
RQ-021 = Такой тип файла не принимается. Отправьте PDF или фото (JPEG или PNG).
RQ-022 = В этом запросе уже максимальное число документов (20 файлов, всего 50 МБ). Вместо этого напишите сообщение или спросите нас, как отправить больше.
