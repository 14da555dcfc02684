# Публічна сторінка прозорості (/transparency) і її файл CSV. Її читає будь-хто: прості слова, без спеціальних термінів.
footer-transparency = Як ми працюємо із запитами: цифри й правила
transparency-title = Як ми працюємо із запитами: цифри й правила
transparency-intro = Щомісяця ми публікуємо, скільки запитів щодо особистих даних ми отримали й скільки на них відповіли, як швидко, і чому деякі запити ми відхилили. За цими цифрами нікого не можна впізнати.
transparency-computed-at = Цифри пораховано { $moment } (за UTC). Поточний місяць ще не закінчився.
transparency-none-yet = Цифри ще не пораховано. Будь ласка, завітайте пізніше.
transparency-download = Завантажити ці цифри (файл CSV)
transparency-rule-heading = Як ми рахуємо
transparency-rule-zero = Якщо нічого не було, ми пишемо 0.
transparency-rule-fewer = Від 1 до 7 ми пишемо «менше 8», щоб нікого не можна було впізнати.
transparency-rule-rounded = Інші числа ми округлюємо до найближчого числа, кратного 5.
transparency-rule-totals = Підсумки ми рахуємо з точних чисел і лише потім округлюємо, тому вони можуть відрізнятися від суми рядків.
transparency-rule-rates = Строки й відсотки ми показуємо, лише коли за ними стоять щонайменше 23 запити, на які дано відповідь.
transparency-rule-quarters = Види запитів і причини відмов ми показуємо по кварталах (по три місяці), бо за один місяць числа були б надто малі, щоб їх показувати.
transparency-fewer-than-eight = менше 8
transparency-too-few = замало, щоб сказати
transparency-percent = { $percent } %
transparency-days =
    { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
transparency-months-heading = Запити за місяцями
transparency-chart-volume = Отримані й закриті запити за місяцями
transparency-chart-note = Стовпчики показують цифри з таблиці нижче. Числа під стовпчиками — це місяці.
transparency-chart-timely = Частка запитів, на які відповіли протягом одного місяця
transparency-chart-timely-note = Риска означає, що того місяця відповіли на замало запитів, щоб щось сказати.
transparency-months-caption = Запити за місяцями, усі види разом
transparency-quarters-heading = Кожен вид запиту за кварталами
transparency-quarters-caption = Запити за кварталами й видами запиту
transparency-reasons-heading = Чому запити відхилили
transparency-reasons-caption = Відмови за кварталами, за названою причиною (в одному рішенні може бути кілька причин)
transparency-month = Місяць
transparency-quarter = Квартал
transparency-kind = Вид запиту
transparency-reason = Причина
transparency-all-kinds = Усі види разом
transparency-received = Отримано
transparency-closed = Дано відповідь або відкликано
transparency-median = Звичайний час на відповідь (медіана)
transparency-within-month = Відповідь протягом місяця
transparency-within-extended = Відповідь у продовжений строк
transparency-extensions = Строк для відповіді продовжено
transparency-refusals = Відхилено повністю або частково
transparency-routing-heading = Хто займається запитом
transparency-routing-intro = Новий запит потрапляє до команди за цими правилами, у такому порядку. Вирішує перше правило, яке підходить.
transparency-routing-every = усіх видів
transparency-routing-kind = виду «{ $value }»
transparency-routing-category = щодо даних «{ $value }»
transparency-routing-language = написані мовою «{ $value }»
transparency-routing-region = з регіону { $value }
transparency-routing-sensitive = що стосуються чутливих даних
transparency-routing-not-sensitive = що не стосуються чутливих даних
transparency-routing-rule = Команда «{ $team }» отримує запити { $conditions }.
transparency-routing-rest = Усі інші запити отримує команда «{ $team }».
transparency-routing-human = Кожен запит вирішує людина в установі. Комп'ютер нічого не вирішує: ці правила лише обирають, яка команда прочитає запит.
transparency-breaches = Порушення захисту персональних даних, про які повідомлено наглядовий орган
