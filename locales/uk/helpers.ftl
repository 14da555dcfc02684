## Helpers of civil-society organisations
helper-sign-in-title = Вхід для тих, хто допомагає
helper-sign-in-intro = Для людей, які допомагають від імені організацій, зареєстрованих в установі. Увійдіть за допомогою електронної адреси й пароля, а потім коду із застосунку-автентифікатора.
helper-home-title = Люди, яким ви допомагаєте
helper-people = Люди, які дали вам доручення
helper-people-none = Ще ніхто не дав вам доручення, або всі доручення вже припинено. Людина дає доручення у своєму обліковому записі за допомогою короткого коду.
helper-scope = Ви можете
helper-until = До
nav-helper-people = Люди, яким ви допомагаєте
mandate-scope-view = переглядати її дані
mandate-scope-request = подавати запити від її імені
mandate-scope-consent = керувати її згодою
mandate-scope-complain = подавати скарги від її імені

## Administration: organisations and their helpers
admin-organisations = Організації, що допомагають
admin-organisations-intro = Організації громадянського суспільства, від імені яких люди, що допомагають, можуть діяти за тих, хто дав їм доручення. Призупинення організації одразу припиняє доступ усіх, хто допомагає від її імені.
admin-new-organisation = Зареєструвати організацію
admin-organisation-kind = Тип
admin-organisation-contact = Контактні дані
organisation-kind-ngo = Неурядова організація
organisation-kind-legal-aid = Правова допомога
organisation-kind-community-group = Громадська група
admin-suspended = призупинено
admin-suspend = Призупинити
admin-reinstate = Відновити
admin-helpers = Люди, які допомагають
admin-new-helper = Додати людину, яка допомагає

## Mandates: the person gives a helper permission to act for them
nav-mandates = Люди, які вам допомагають
mandates-title = Люди, які можуть вам допомагати
mandates-intro = Ви можете дозволити людині з організації, якій ви довіряєте, діяти за вас: переглядати ваші дані, подавати запити, керувати вашою згодою або подавати скарги. Ви самі вибираєте, що саме і на скільки часу, і можете припинити це будь-коли.
mandates-none = Ви ще нікому не дали доручення.
mandates-back = Назад до людей, які можуть вам допомагати
mandate-no-helper-yet = Людина, яка вам допомагає, ще не ввела код
mandate-state-waiting = чекає на код
mandate-state-active = діє
mandate-state-revoked = ви його припинили
mandate-state-ended = закінчилося
mandate-revoke = Припинити це доручення зараз
mandate-grant-title = Дати доручення людині, яка вам допомагає
mandate-grant-intro = Ви отримаєте короткий код. Передайте його самі людині, яка вам допомагає, — особисто або телефоном. Код діє один раз, 30 хвилин.
mandate-grant-scope = Що може робити людина, яка вам допомагає?
mandate-grant-days = На скільки часу?
mandate-days-1 = Один день
mandate-days-7 = Один тиждень
mandate-days-30 = Один місяць
mandate-days-90 = Три місяці
mandate-days-182 = Шість місяців
mandate-grant = Отримати код
mandate-code-title = Код для людини, яка вам допомагає
mandate-code-intro = Передайте цей код людині, яка вам допомагає. Він діє один раз, протягом 30 хвилин.
mandate-code-warning = Давайте його тільки тій людині, яка має вам допомагати. Ніхто з установи не проситиме у вас цей код.
mandate-code-shown = Код показано лише один раз. Якщо ви не передали його людині, яка вам допомагає, припиніть це доручення і створіть нове.
notice-mandate-revoked = Доручення припинено. Людина, яка вам допомагала, більше не може діяти за вас.
MD-001 = Виберіть хоча б одне, що може робити людина, яка вам допомагає.
MD-002 = Виберіть, на скільки часу.
MD-003 = Цей код не діє. Можливо, його введено з помилкою, уже використано або строк його дії минув.
MD-004 = Доручення від цієї людини не охоплює цієї дії або вже закінчилося.
access-mandate-activated = Розпочато допомогу вам за вашим дорученням

## The helper enters a code
helper-redeem-title = Введіть код від людини
helper-redeem-intro = Людина дає вам код зі свого облікового запису. Введіть його тут, щоб почати їй допомагати.
helper-redeem-code = Код
helper-redeem = Почати допомагати
helper-mandate-taken-up = Тепер ви можете допомагати цій людині в межах того, що вона дозволила.

## A helper acting for a person
helper-act-for = Діяти за цю людину
helper-acting-label = Ви дієте за іншу людину
helper-acting-for = Ви дієте від імені { $name }
helper-nav-data = Її дані
helper-nav-requests = Її запити
helper-nav-consent = Її згода
helper-nav-complain = Поскаржитися від її імені
helper-stop-acting = Припинити діяти за цю людину
helper-mandate-ended = Ваше доручення від цієї людини закінчилося: минув його строк, людина його припинила або вашу організацію призупинено.
actor-helper = { $helper } ({ $organisation }), людина, яка допомагає
actor-helper-for = { $helper } ({ $organisation }) від імені { $person }
actor-helper-for-you = { $helper } ({ $organisation }) від вашого імені
message-to-helper = для людини, яка допомагає
access-requests-listed = Переглянуто список ваших запитів
access-consent-viewed = Переглянуто вашу згоду
access-request-filed = Подано запит від вашого імені
access-request-withdrawn = Відкликано один із ваших запитів
access-request-information-added = Додано інформацію до одного з ваших запитів
access-consent-given = Дано згоду від вашого імені
access-consent-withdrawn = Відкликано згоду від вашого імені
access-complaint-filed = Подано скаргу від вашого імені
case-submitted-by = Хто подав
case-submitted-by-helper = { $helper } ({ $organisation }) від імені { $person }
case-message-to = Кому надіслати
case-message-to-person = Заявникові
ST-028 = Немає кому написати: цей запит подано не через людину, яка допомагає, або її доручення вже закінчилося.
mail-helper-news-subject = Повідомлення щодо запиту, який ви подали від імені іншої людини
mail-helper-news-body =
    Вам надійшло повідомлення щодо запиту, який ви подали від імені іншої людини. Увійдіть, щоб прочитати: { $url }

## Assisted start: the helper asks, the person confirms with a code
helper-assisted-title = Почати разом із людиною, яка поруч
helper-assisted-intro = Якщо людина поруч із вами, введіть її номер справи й дату народження та виберіть, що вона хоче вам доручити. Вона отримає код на свій контакт, який у нас записаний; якщо контакту немає, офіс установи надрукує код для неї. Ваше доручення почне діяти лише тоді, коли ви введете цей код у розділі «Введіть код від людини».
helper-assisted-send = Попросити код у людини
helper-assisted-sent = Якщо ці дані збігаються із записом, людина отримала код на свій контакт. Якщо контакту немає, вона може попросити надрукований код в офісі установи.
mail-mandate-request-subject = Людина, яка допомагає, просить дозволу діяти за вас
mail-mandate-request-body =
    Організація { $organisation } просить дозволу допомагати вам із вашими даними в установі. Їй буде дозволено: { $scope }.

    Якщо ви зараз разом і ви згодні, передайте цей код людині, яка вам допомагає: { $code }

    Код діє один раз, 30 хвилин. Якщо ви не просили про допомогу, не зважайте на цей лист: без коду нічого не станеться.
access-mandate-requested = Надіслано прохання діяти за вас (нічого не станеться, поки ви не дасте свій код)
access-mandate-code-printed = Надруковано код, щоб ви могли підтвердити доручення людині, яка вам допомагає
nav-staff-mandates = Запити на доручення
staff-mandates-title = Запити на доручення, що чекають на код
staff-mandates-intro = Людина, яка допомагає, створила ці запити для того, у кого, можливо, немає контакту. Спершу особисто перевірте особу цієї людини. Потім надрукуйте код і передайте його самій людині, а не тому, хто допомагає: код діє один раз, три дні, і лише для цієї людини, яка допомагає.
staff-mandates-none = Немає запитів на доручення, що чекають на код.
staff-mandates-requested = Запитано
staff-mandates-print = Надрукувати код для людини
staff-mandate-code-title = Код для людини
staff-mandate-code-intro = Дайте цей папірець людині. Якщо вона згодна, вона передає код людині, яка їй допомагає, і та вводить його. Використати код може лише ця людина, яка допомагає, один раз, до { $until }.
staff-mandate-code-shown = Код показано лише один раз. Якщо папір загубився, надрукуйте новий код: старий перестане діяти.
access-mandate-request-viewed = Переглянуто прохання людини, яка допомагає, діяти за вас
