# Amana — українська. Кожен рядок, який читає людина, береться звідси; інші мови мають визначати всі ключі.

## Увесь сайт
app-name = Амана
nav-skip = Перейти до змісту
nav-label = Головне меню
nav-language = Мова
nav-my-data = Мої дані
nav-sign-out = Вийти
nav-quick-exit = Швидкий вихід
footer-fictional = Амана — це демонстраційна версія. Усі люди й записи в ній вигадані.
form-error-summary = Є проблема

## Головна сторінка
home-title = Ваші дані — ваші права
home-choose-language = Виберіть мову
home-about-heading = Що це таке?
home-about = Тут ви можете побачити, які ваші особисті дані зберігає установа, навіщо вона їх зберігає і кому передає. Ви можете попросити виправити або видалити їх, а також побачити, хто їх переглядав.
home-rights-heading = Ваші права
right-access = Бачити всі дані, які про вас зберігають, і отримати їх копію.
right-correct = Попросити виправити неправильні дані.
right-erase = Попросити видалити дані.
right-restrict = Попросити більше не використовувати ваші дані.
right-consent = Дати або відкликати свою згоду будь-коли.
right-complain = Поскаржитися до незалежного органу.
right-who-looked = Бачити, хто переглядав ваші дані і навіщо.
home-rights-free = Користуватися своїми правами можна безкоштовно. Ви отримаєте відповідь протягом одного місяця. Якщо ваш запит складний, цей строк можуть продовжити ще на два місяці, і вам пояснять чому.
home-sign-in = Увійти
notice-signed-out = Ви вийшли. Якщо цим телефоном користуються й інші люди, закрийте браузер зараз.

## Сторінку не знайдено
not-found-title = Сторінку не знайдено
not-found-home = Перейти на головну сторінку

## Вхід
sign-in-title = Вхід
sign-in-intro = Введіть номер справи, надрукований у ваших документах, і дату народження. Ми надішлемо одноразовий код на ваш контакт, який у нас записаний.
sign-in-case-reference = Номер справи
sign-in-case-reference-hint = Наприклад, DEMO-0001. Він надрукований у ваших документах.
sign-in-date-of-birth = Дата народження
sign-in-date-of-birth-hint = Як у ваших документах: рік-місяць-день (1990-01-31) або день/місяць/рік (31/01/1990). Якщо там є лише рік або рік і місяць, введіть тільки їх (1978 або 1978-11).
sign-in-send-code = Надіслати мені код
sign-in-privacy = Ми нікому не повідомляємо, чи існує такий номер справи.

code-title = Введіть код
code-intro = Якщо введені вами дані збігаються з нашими записами, ми надіслали 6-значний код на ваш контакт, який у нас записаний. Код діє 10 хвилин.
code-label = 6-значний код
code-hint = Можна вводити з пробілами.
code-submit = Увійти
code-start-again = Не отримали код? Почніть знову

## Мої дані
my-data-title = Мої дані
my-data-reference = Номер справи:
my-data-intro = Усе, що про вас зберігають, за видами. Натисніть на назву виду, щоб побачити про кожен запис: звідки він, навіщо й до якого часу його зберігають, хто його отримує і про що ви можете попросити.
my-data-sensitive = Чутливі дані
my-data-sensitive-explained = Це чутливі дані. Вони мають додатковий захист, і працівники мусять назвати причину, щоб їх відкрити.
my-data-source = Звідки отримано
my-data-purpose = Навіщо зберігають
my-data-legal-basis = Закон, який це дозволяє
my-data-kept-until = Зберігають до
my-data-shared-with = Кому передають
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } пункт
    [few] { $count } пункти
    [many] { $count } пунктів
   *[other] { $count } пункту
}
my-data-why = Навіщо зберігають і хто їх отримує

category-identity = Особа
category-contact = Контактні дані
category-family = Сім'я
category-legal-status = Правовий статус
category-health = Здоров'я
category-biometrics = Біометричні дані
category-education = Освіта
category-employment = Робота
category-case-history = Історія справи

field-given-name = Ім'я
field-family-name = Прізвище
field-date-of-birth = Дата народження
field-place-of-birth = Місце народження
field-nationality = Громадянство
field-sex = Стать
field-native-language = Рідна мова
field-document-number = Номер документа
field-email = Електронна пошта
field-phone = Номер телефону
field-address = Адреса
field-municipality = Муніципалітет
field-marital-status = Сімейний стан
field-spouse-name = Ім'я чоловіка або дружини
field-children-count = Кількість дітей
field-dependants = Інші утриманці
field-next-of-kin = Найближчий родич
field-residence-status = Статус проживання
field-permit-type = Тип дозволу
field-permit-expiry = Дозвіл дійсний до
field-asylum-claim-date = Дата заяви про притулок
field-appeal-status = Оскарження
field-screening-date = Дата медичного огляду
field-screening-result = Результат медичного огляду
field-vaccinations = Щеплення
field-disability-needs = Потреби у зв'язку з інвалідністю
field-medication-needs = Потреба в ліках
field-fingerprint-record = Відбитки пальців
field-photo-record = Фото
field-enrolment-date = Дата збору біометричних даних
field-enrolment-office = Офіс збору біометричних даних
field-highest-education = Найвищий рівень освіти
field-languages-spoken = Мови, якими ви розмовляєте
field-school-enrolment = Зарахування до школи
field-work-permit = Дозвіл на роботу
field-occupation = Професія
field-employer = Роботодавець
field-case-opened = Справу відкрито
field-case-office = Офіс, що веде справу
field-interview-date = Дата співбесіди
field-last-decision = Останнє рішення
field-decision-date = Дата останнього рішення
field-resettlement-referral = Направлення на переселення
field-statistics-cohort = Статистична група

purpose-case-management = Розгляд вашої справи
purpose-residence-permit = Рішення щодо вашого дозволу на проживання
purpose-health-screening = Медичний огляд після прибуття
purpose-family-reunification = Возз'єднання вашої сім'ї
purpose-biometric-identity = Підтвердження вашої особи
purpose-integration-support = Допомога зі школою, мовою та роботою
purpose-resettlement-referral = Направлення на переселення до іншої країни
purpose-statistics = Анонімна статистика
purpose-service-updates = Новини про послуги

legal-basis-public-task = Завдання в суспільних інтересах, визначене законом
legal-basis-legal-obligation = Обов'язок установи за законом
legal-basis-consent = Ваша згода, яку ви можете відкликати
legal-basis-vital-interests = Щоб захистити чиєсь життя
legal-basis-contract = Договір з вами
legal-basis-legitimate-interests = Законний інтерес, зважений з урахуванням ваших прав

recipient-none = Нікому за межами установи
recipient-border-agency = Прикордонна служба
recipient-municipality = Ваш муніципалітет
recipient-health-service = Державна служба охорони здоров'я
recipient-unhcr = УВКБ ООН
recipient-education-provider = Школа або мовні курси
recipient-resettlement-country = Країна переселення
recipient-statistics-office = Статистична служба (без вашого імені)

## Значення з інших систем, для яких є переклад
value-single = Неодружений / неодружена
value-married = Одружений / одружена
value-widowed = Вдівець / вдова
value-asylum-seeker = Шукач притулку
value-refugee = Біженець
value-subsidiary-protection = Додатковий захист
value-temporary-protection = Тимчасовий захист
value-none = Немає
value-pending = Очікує рішення
value-closed = Закрито
value-no-follow-up = Повторний огляд не потрібен
value-follow-up-booked = Повторний прийом заплановано
value-complete = Повністю
value-partial = Частково
value-unknown = Невідомо
value-mobility-support = Допомога з пересуванням
value-hearing-support = Допомога зі слухом
value-regular-prescription = Постійні ліки за рецептом
value-primary = Початкова школа
value-secondary = Середня школа
value-vocational = Професійне навчання
value-university = Університет
value-not-applicable = Не стосується
value-enrolled = Зараховано
value-waiting-list = У списку очікування
value-yes = Так
value-no = Ні
value-applied = Заяву подано
value-nurse = Медсестра / медбрат
value-electrician = Електрик
value-teacher = Учитель
value-cook = Кухар
value-driver = Водій
value-student = Студент
value-interview-scheduled = Співбесіду призначено
value-permit-granted = Дозвіл надано
value-under-review = На розгляді
value-not-referred = Не направлено
value-referred = Направлено
value-accepted = Прийнято

## Помилки (коди не змінюються; текст пояснює, що робити)
SI-001 = Введіть номер справи.
SI-002 = Номер справи може містити лише літери, цифри та дефіси — так, як надруковано у ваших документах.
SI-003 = Введіть дату народження.
SI-004 = Введіть дату народження так, як у ваших документах, наприклад 1990-01-31 або 31/01/1990. Якщо там є лише рік або рік і місяць, введіть тільки їх: 1978 або 1978-11.
SI-005 = Введіть код із повідомлення, яке ми вам надіслали.
SI-006 = Код має 6 цифр. Перевірте повідомлення і спробуйте ще раз.
SI-010 = Цей код неправильний або вже не діє. Перевірте повідомлення і спробуйте ще раз.
SI-011 = Час для входу минув або було забагато спроб. Будь ласка, почніть знову.
SI-012 = Забагато спроб. Будь ласка, зачекайте кілька хвилин і спробуйте ще раз.
AU-001 = Ваш сеанс завершився. Будь ласка, увійдіть знову.
GEN-400 = Деякі дані введено неправильно. Перевірте форму і спробуйте ще раз.
GEN-403 = Ця форма вже не діє. Поверніться назад, оновіть сторінку і спробуйте ще раз.
GEN-404 = Такої сторінки немає, або у вас немає доступу до неї.
GEN-409 = Хтось інший змінив це в ту саму мить, тому нічого не збережено. Оновіть сторінку і спробуйте ще раз.
GEN-500 = У нас щось пішло не так. Нічого з того, що ви надіслали, не втрачено. Будь ласка, спробуйте ще раз за кілька хвилин.

## Електронні листи (у них ніколи немає особистих даних)
mail-sign-in-subject = Амана: ваш код для входу
mail-sign-in-body =
    Ваш код для входу: { $code }

    Він діє { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }. Введіть його на сторінці, де ви його запросили.

    Якщо ви не просили код, просто не зважайте на цей лист. Без коду ніхто не зможе увійти.

## Translation status
footer-draft-translation = Цей переклад — перша чернетка. Якщо щось незрозуміло, запитайте працівників або того, хто вам допомагає.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = Подивіться, що про вас зберігає міграційна служба, і попросіть виправити чи видалити ці дані або більше не використовувати їх — вашою мовою.
