# Amana — русский. Каждая строка, которую читает человек, берётся отсюда; в других языках должны быть все ключи.

## Весь сайт
app-name = Amana
nav-skip = Перейти к содержанию
nav-label = Главное меню
nav-language = Язык
nav-my-data = Мои данные
nav-sign-out = Выйти
nav-quick-exit = Быстрый выход
footer-fictional = Amana — демонстрационная версия. Все люди и записи в ней выдуманы.
form-error-summary = Есть проблема

## Главная
home-title = Ваши данные — ваши права
home-choose-language = Выберите язык
home-about-heading = Что это?
home-about = Здесь вы можете увидеть, какие личные данные о вас хранит ведомство, зачем оно их хранит и кому передаёт. Вы можете попросить исправить или удалить их, а также увидеть, кто их смотрел.
home-rights-heading = Ваши права
right-access = Видеть все данные о вас и получить их копию.
right-correct = Попросить исправить неверные данные.
right-erase = Попросить удалить данные.
right-restrict = Попросить больше не использовать ваши данные.
right-consent = Дать согласие или отозвать его — в любое время.
right-complain = Пожаловаться в независимый орган.
right-who-looked = Видеть, кто смотрел ваши данные и зачем.
home-rights-free = Пользоваться своими правами можно бесплатно. Вы получите ответ в течение одного месяца. Если ваш запрос сложный, срок могут продлить ещё на два месяца, и вам объяснят почему.
home-sign-in = Войти
notice-signed-out = Вы вышли. Если этим телефоном пользуются и другие люди, закройте браузер прямо сейчас.

## Страница не найдена
not-found-title = Страница не найдена
not-found-home = На главную страницу

## Вход
sign-in-title = Вход
sign-in-intro = Введите номер дела, который напечатан в ваших документах, и дату рождения. Мы отправим одноразовый код на ваш контакт, который у нас записан.
sign-in-case-reference = Номер дела
sign-in-case-reference-hint = Например, DEMO-0001. Он напечатан в ваших документах.
sign-in-date-of-birth = Дата рождения
sign-in-date-of-birth-hint = Как в ваших документах: год-месяц-день (1990-01-31) или день/месяц/год (31/01/1990). Если там указан только год или год и месяц, введите только их (1978 или 1978-11).
sign-in-send-code = Отправить мне код
sign-in-privacy = Мы никому не сообщаем, существует ли такой номер дела.

code-title = Введите код
code-intro = Если введённые данные совпадают с нашими записями, мы отправили код из 6 цифр на ваш контакт, который у нас записан. Код действует 10 минут.
code-label = Код из 6 цифр
code-hint = Можно вводить с пробелами.
code-submit = Войти
code-start-again = Код не пришёл? Начать заново

## Мои данные
my-data-title = Мои данные
my-data-reference = Номер дела:
my-data-intro = Всё, что о вас хранится, по видам. Нажмите на название вида, чтобы увидеть про каждую запись: откуда она, зачем и до какого срока её хранят, кто её получает и о чём вы можете попросить.
my-data-sensitive = Особо чувствительные данные
my-data-sensitive-explained = Это особо чувствительные данные. Они защищены сильнее, и сотрудник должен указать причину, чтобы их открыть.
my-data-source = Откуда получено
my-data-purpose = Зачем хранится
my-data-legal-basis = Какой закон это разрешает
my-data-kept-until = Хранится до
my-data-shared-with = Кому передаётся
# How many items of data one kind holds, beside its heading ("Identity · 6 items").
my-data-field-count = { $count ->
    [one] { $count } пункт
    [few] { $count } пункта
    [many] { $count } пунктов
   *[other] { $count } пункта
}
my-data-why = Зачем хранится и кому передаётся

category-identity = Личность
category-contact = Контакты
category-family = Семья
category-legal-status = Правовой статус
category-health = Здоровье
category-biometrics = Биометрия
category-education = Образование
category-employment = Работа
category-case-history = История дела

field-given-name = Имя
field-family-name = Фамилия
field-date-of-birth = Дата рождения
field-place-of-birth = Место рождения
field-nationality = Гражданство
field-sex = Пол
field-native-language = Родной язык
field-document-number = Номер документа
field-email = Адрес электронной почты
field-phone = Номер телефона
field-address = Адрес
field-municipality = Муниципалитет
field-marital-status = Семейное положение
field-spouse-name = Имя супруга или супруги
field-children-count = Количество детей
field-dependants = Другие люди на вашем содержании
field-next-of-kin = Ближайший родственник
field-residence-status = Статус пребывания
field-permit-type = Вид разрешения
field-permit-expiry = Разрешение действует до
field-asylum-claim-date = Дата подачи заявления на убежище
field-appeal-status = Обжалование
field-screening-date = Дата медосмотра
field-screening-result = Результат медосмотра
field-vaccinations = Прививки
field-disability-needs = Нужна помощь из-за инвалидности
field-medication-needs = Нужные лекарства
field-fingerprint-record = Отпечатки пальцев
field-photo-record = Фотография
field-enrolment-date = Дата сдачи биометрии
field-enrolment-office = Где сдана биометрия
field-highest-education = Уровень образования
field-languages-spoken = Языки, на которых вы говорите
field-school-enrolment = Запись в школу
field-work-permit = Разрешение на работу
field-occupation = Профессия
field-employer = Работодатель
field-case-opened = Дело открыто
field-case-office = Отделение, которое ведёт дело
field-interview-date = Дата собеседования
field-last-decision = Последнее решение
field-decision-date = Дата последнего решения
field-resettlement-referral = Направление на переселение
field-statistics-cohort = Группа для статистики

purpose-case-management = Работа с вашим делом
purpose-residence-permit = Решение о вашем виде на жительство
purpose-health-screening = Медосмотр по прибытии
purpose-family-reunification = Воссоединение вашей семьи
purpose-biometric-identity = Подтверждение вашей личности
purpose-integration-support = Помощь со школой, языком и работой
purpose-resettlement-referral = Направление на переселение в другую страну
purpose-statistics = Анонимная статистика
purpose-service-updates = Новости об услугах

legal-basis-public-task = Задача в интересах общества, установленная законом
legal-basis-legal-obligation = Обязанность ведомства по закону
legal-basis-consent = Ваше согласие, которое вы можете отозвать
legal-basis-vital-interests = Чтобы защитить чью-то жизнь
legal-basis-contract = Договор с вами
legal-basis-legitimate-interests = Законный интерес, взвешенный с учётом ваших прав

recipient-none = Никому за пределами ведомства
recipient-border-agency = Пограничная служба
recipient-municipality = Ваш муниципалитет
recipient-health-service = Государственная служба здравоохранения
recipient-unhcr = УВКБ ООН (Агентство ООН по делам беженцев)
recipient-education-provider = Школа или организатор языковых курсов
recipient-resettlement-country = Страна переселения
recipient-statistics-office = Статистическое управление (без вашего имени)

## Значения из систем-источников, у которых есть перевод
value-single = Не в браке
value-married = В браке
value-widowed = Вдовец или вдова
value-asylum-seeker = Ищет убежища
value-refugee = Беженец
value-subsidiary-protection = Дополнительная защита
value-temporary-protection = Временная защита
value-none = Нет
value-pending = Ожидает решения
value-closed = Закрыто
value-no-follow-up = Повторный приём не нужен
value-follow-up-booked = Назначен повторный приём
value-complete = Полностью
value-partial = Частично
value-unknown = Неизвестно
value-mobility-support = Помощь в передвижении
value-hearing-support = Помощь при нарушении слуха
value-regular-prescription = Регулярные лекарства по рецепту
value-primary = Начальная школа
value-secondary = Средняя школа
value-vocational = Профессиональное обучение
value-university = Университет
value-not-applicable = Не относится
value-enrolled = Зачислен(а)
value-waiting-list = В листе ожидания
value-yes = Да
value-no = Нет
value-applied = Заявление подано
value-nurse = Медсестра или медбрат
value-electrician = Электрик
value-teacher = Учитель
value-cook = Повар
value-driver = Водитель
value-student = Студент
value-interview-scheduled = Собеседование назначено
value-permit-granted = Разрешение выдано
value-under-review = На рассмотрении
value-not-referred = Не направлено
value-referred = Направлено
value-accepted = Принято

## Ошибки (коды не меняются; текст говорит, что делать)
SI-001 = Введите номер дела.
SI-002 = В номере дела могут быть только буквы, цифры и дефисы — как в ваших документах.
SI-003 = Введите дату рождения.
SI-004 = Введите дату рождения так, как в ваших документах, например 1990-01-31 или 31/01/1990. Если там указан только год или год и месяц, введите только их: 1978 или 1978-11.
SI-005 = Введите код из сообщения, которое мы вам отправили.
SI-006 = В коде 6 цифр. Проверьте сообщение и попробуйте ещё раз.
SI-010 = Код неверный или уже не действует. Проверьте сообщение и попробуйте ещё раз.
SI-011 = Время для входа истекло или было слишком много попыток. Пожалуйста, начните заново.
SI-012 = Слишком много попыток. Подождите несколько минут и попробуйте ещё раз.
AU-001 = Ваш сеанс закончился. Пожалуйста, войдите снова.
GEN-400 = Некоторые данные указаны неверно. Проверьте форму и попробуйте ещё раз.
GEN-403 = Срок действия формы истёк. Вернитесь назад, обновите страницу и попробуйте ещё раз.
GEN-404 = Такой страницы нет, или у вас нет к ней доступа.
GEN-409 = Кто-то другой изменил это в тот же момент, поэтому ничего не сохранилось. Обновите страницу и попробуйте ещё раз.
GEN-500 = Что-то пошло не так с нашей стороны. Ничего из того, что вы отправили, не потеряно. Попробуйте ещё раз через несколько минут.

## Письма (в них никогда нет личных данных)
mail-sign-in-subject = Ваш код для входа в Amana
mail-sign-in-body =
    Ваш код для входа: { $code }

    Код действует { $minutes } мин. Введите его на странице, где вы его запросили.

    Если вы не запрашивали код, просто не обращайте внимания на это сообщение. Без кода никто не сможет войти.

## Translation status
footer-draft-translation = Этот перевод — первый черновик. Если что-то непонятно, спросите сотрудников или помощника.

# What search engines show under the portal's name (start and sign-in pages only).
meta-description = Узнайте, что о вас хранит миграционная служба, и попросите исправить, удалить эти данные или больше их не использовать — на вашем языке.
