# Amana — українська: користування правами (запити щодо своїх даних). У кожній мові однакові ключі.

nav-my-requests = Мої запити

## Дії біля кожного поля на сторінці «Мої дані»
action-correct = Це неправильно
action-erase = Видалити це
action-restrict = Не використовувати це
my-data-erase-all = Попросити видалити всі мої дані

## Форми запитів
request-correct-title = Виправити ваші дані
request-erase-title = Видалити ваші дані
request-restrict-title = Припинити використання ваших даних
request-erase-all-title = Видалити всі ваші дані
request-proposed-value = Як має бути
request-proposed-value-hint = Напишіть правильні дані.
request-erase-explained = Ви просите видалити ці дані. Деякі дані треба зберігати за законом; якщо так, ми пояснимо вам чому.
request-erase-all-explained = Ви просите видалити всі дані, які про вас зберігають. Деякі дані треба зберігати за законом, наприклад поки ваша справа відкрита; якщо так, ми пояснимо, які саме і чому.
request-restrict-choose = Чого ви хочете?
request-restriction-explained = Зберігати дані, але не використовувати їх, поки їх перевіряють (наприклад, якщо ви вважаєте, що вони неправильні).
request-objection-explained = Більше не використовувати дані для цієї мети через вашу особисту ситуацію.
request-explanation = Що ви хочете додати (не обов'язково)
request-explanation-hint = Наприклад, чому або що сталося. Документи можна надіслати й пізніше.
request-deadline-explained = Подати запит можна безкоштовно. Ви отримаєте відповідь протягом одного місяця. Якщо ваш запит складний, цей строк можуть продовжити ще на два місяці, і вам пояснять чому.
request-send = Надіслати мій запит
request-cancel = Повернутися без надсилання
request-whole-record = Усі мої дані

## Види і стани запитів
kind-access = Копія моїх даних
kind-correction = Виправлення
kind-erasure = Видалення
kind-restriction = Призупинити використання
kind-objection = Заперечення проти використання
kind-complaint = Скарга
status-submitted = Отримано
status-in_review = Перевіряється
status-awaiting_information = Чекаємо інформації від вас
status-decided = Рішення ухвалено
status-completed = Виконано
status-withdrawn = Відкликано

## Мої запити
requests-title = Мої запити
requests-intro = Тут ви можете стежити за всіма своїми запитами, бачити, до якої дати отримаєте відповідь, і читати повідомлення.
requests-none = Ви ще не подали жодного запиту. Щоб подати запит, перейдіть до розділу «Мої дані» і виберіть потрібні дані.
requests-back = Назад до моїх запитів
request-title = Ваш запит
request-reference = Номер запиту
request-kind = Запит
request-about = Стосується
request-status = Стан
request-received = Отримано
request-due = Відповідь до
request-extended = Строк для відповіді продовжено. Причина:
request-decision = Рішення
request-timeline = Що відбулося
request-upstream = У власних системах органу
request-upstream-done = Зроблено в { $system } { $date }.
request-upstream-waiting = Ще не зроблено в { $system }. Працівники стежать за цим.
request-messages = Повідомлення
request-no-messages = Повідомлень поки немає.
request-add-information = Додати інформацію або відповісти
request-add-information-hint = Напишіть тут, якщо хочете щось додати або відповісти на запитання.
request-send-information = Надіслати
request-withdraw = Відкликати цей запит
notice-request-filed = Ваш запит отримано. Ми надіслали вам підтвердження.
notice-request-sent = Ваше повідомлення додано до запиту.
notice-request-withdrawn = Ваш запит відкликано. Більше з ним нічого не робитимуть.

actor-you = Ви
actor-system = Амана
actor-source = { $role } · { $office } (у { $system })
role-caseworker = Працівник, який веде справу
role-reviewer = Працівник, який перевіряє
role-dpo = Відповідальний за захист даних
role-admin = Адміністратор
role-auditor = Аудитор

timeline-submitted = Запит отримано
timeline-in-review = Перевіряється
timeline-information-requested = Попросили більше інформації
timeline-information-added = Інформацію додано
timeline-extended = Строк для відповіді продовжено
timeline-decided = Рішення ухвалено
timeline-completed = Виконано
timeline-withdrawn = Запит відкликано

reason-legal-obligation = Закон зобов'язує нас зберігати ці дані.
reason-still-needed-for-case = Ці дані ще потрібні для вашої відкритої справи.
reason-accuracy-confirmed = Ми перевірили ці дані, і вони правильні.
reason-public-interest = Використання потрібне для завдання в суспільних інтересах, яке важливіше за вашу ситуацію.

## Відкликання
withdraw-title = Відкликати ваш запит?
withdraw-explained = Якщо ви відкличете запит, ми припинимо роботу над ним. Ви можете подати новий запит будь-коли.
withdraw-confirm = Так, відкликати
withdraw-cancel = Ні, залишити мій запит

## Помилки (коди не змінюються; текст пояснює, що робити)
RQ-001 = У вас уже є відкритий запит щодо цього. Ви можете стежити за ним у розділі «Мої запити».
RQ-002 = Щодо цього запиту вже ухвалено рішення або його відкликано, тому змінити його не можна.
RQ-010 = Напишіть, якими мають бути ці дані.
RQ-011 = Це задовго. Будь ласка, скоротіть текст до 500 символів.
RQ-012 = Це задовго. Будь ласка, скоротіть текст до 2000 символів.
RQ-013 = Саме це в нас уже записано. Напишіть, як має бути.
RQ-014 = Напишіть повідомлення, перш ніж надсилати.
RQ-015 = Це задовго. Будь ласка, скоротіть текст до 2000 символів.
RQ-016 = Виберіть один із варіантів.

## Електронні листи (у них ніколи немає особистих даних)
mail-request-received-subject = Ми отримали ваш запит
mail-request-received-body =
    Ми отримали ваш запит. Ви отримаєте відповідь протягом одного місяця.

    Увійдіть, щоб стежити за ним: { $url }
mail-request-news-subject = Є новини щодо вашого запиту
mail-request-news-body =
    Є новини щодо вашого запиту. Увійдіть, щоб прочитати: { $url }

## Documents
request-evidence = Документ (необов’язково)
request-evidence-hint = PDF або фото (JPEG чи PNG), до 5 МБ. Наприклад, довідка, що підтверджує правильні дані.
request-documents = Документи, які ви надіслали
request-document = Документ
RQ-020 = Файл завеликий. Надішліть файл до 5 МБ.
RQ-021 = Такий файл не можна прийняти. Надішліть PDF або фото (JPEG чи PNG).
RQ-022 = Цей запит уже містить стільки документів, скільки можна (20 файлів, разом 50 МБ). Напишіть повідомлення або запитайте нас, як надіслати більше.
